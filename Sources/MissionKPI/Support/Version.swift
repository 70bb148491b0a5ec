/// The tool's version, shown by `--version` and in published footers.
public enum MissionKPIVersion {
    public static let current = "0.1.0"
}
