import MissionKPI

/// `align --format github`: one GitHub Actions workflow command per standing finding, so a workflow step
/// running `missionkpi align --format github` annotates the pull request's files without uploading SARIF.
///
/// ```
/// ::warning file=Contracts/dept/c1.yaml,line=14,col=1,title=too-many-kpis::the contract has 12 KPIs…%0Afix: keep…
/// ```
///
/// Errors are `::error`, warnings `::warning`, info findings `::notice`. Values are escaped as the
/// workflow-command syntax requires (`%`, CR and LF in the message; also `:` and `,` in properties), so
/// no text from a workspace can start a command of its own.
public enum FindingsGitHub {
    public static func render(_ report: AlignmentReport) -> String {
        var out = ""
        for f in report.findings {
            let level = f.severity == .error ? "error" : f.severity == .warning ? "warning" : "notice"
            out += "::\(level) file=\(property(f.location.file)),line=\(f.location.line),col=\(f.location.column),title=\(property(f.ruleID))::"
            out += data(f.message + (f.fix.isEmpty ? "" : "\nfix: " + f.fix)) + "\n"
        }
        return out
    }

    /// A message: `%`, CR and LF escaped.
    static func data(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A property value: as `data`, and `:` and `,` escaped too.
    static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
