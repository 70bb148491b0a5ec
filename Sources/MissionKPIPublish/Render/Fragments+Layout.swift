/// The page every HTML page of the site shares: head, header, navigation, breadcrumbs, the page's own
/// content inside `<main>`, and the footer with the facts of the publish (`LayoutTests`).
extension Fragments {
    /// The whole HTML page: head, header, navigation, breadcrumbs, `page.body` and the footer.
    static func layout(_ page: RenderedPage) -> String {
        let f = page.frame
        let root = html(f.root), site = html(f.siteTitle)
        var out = ""
        out.reserveCapacity(page.body.utf8.count + 3000)
        out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>" + html(f.pageTitle) + " – " + site + "</title>\n"
        out += "<link rel=\"stylesheet\" href=\"" + root + "assets/style.css\">\n</head>\n<body>\n"
        out += "<a href=\"#main\" class=\"skip-link\">Skip to main content</a>\n<header class=\"header\">\n<div class=\"width header__inner\">\n"
        out += "<a href=\"" + root + "index.html\" class=\"header__service\">" + site + "</a>\n"
        out += "<p class=\"header__meta\">Evidence as at " + html(f.asOf) + " · published " + html(f.publishedOn) + "</p>\n</div>\n</header>\n"
        out += "<nav class=\"service-nav\" aria-label=\"Sections\">\n<ul class=\"width\">\n"
        for item in f.nav {
            out += "<li><a href=\"" + html(item.href) + "\"" + (item.current ? " aria-current=\"page\"" : "") + ">" + html(item.text) + "</a></li>\n"
        }
        out += "</ul>\n</nav>\n<div class=\"width\">\n"
        if !f.breadcrumbs.isEmpty {
            out += "<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\">\n<ol>\n"
            for b in f.breadcrumbs { out += "<li><a href=\"" + html(b.href) + "\">" + html(b.text) + "</a></li>\n" }
            out += "</ol>\n</nav>\n"
        }
        out += "<main id=\"main\" tabindex=\"-1\">\n"
        out += page.body
        out += "\n\n</main>\n</div>\n<footer class=\"footer\">\n<div class=\"width\">\n"
        if let md = f.markdownHref {
            out += "<p>This report is also published as <a href=\"" + html(md) + "\">Markdown</a>, and its data as <a href=\"" + root
            out += "data.html\">CSV and JSON</a>.</p>\n"
        } else {
            out += "<p>The data behind this site is published as <a href=\"" + root + "data.html\">CSV and JSON</a>.</p>\n"
        }
        out += "<p>Published " + html(f.publishedOn)
        if let name = f.publisherName {
            out += " by " + (f.publisherHref.map { "<a href=\"" + html($0) + "\">" + html(name) + "</a>" } ?? html(name))
        }
        out += " under the " + (f.licenceHref.map { "<a href=\"" + html($0) + "\" rel=\"license\">" + html(f.licenceName) + "</a>" } ?? html(f.licenceName))
        out += ": you may copy, publish and adapt the reports and the data, acknowledging the source."
        if f.publisherName == nil { out += " The publisher is not named (set publication.publisher in missionkpi.yaml)." }
        out += "</p>\n"
        out += "<p>Judged as at " + html(f.asOf) + " by MissionKPI " + html(f.version) + ". Inputs (workspace files) SHA-256 <code>"
        out += html(f.inputsHash) + "</code>; KPI returns SHA-256 <code>" + html(f.returnsHash) + "</code>.</p>\n"
        out += "<p>Ratings follow the Procurement Regulations 2024, regulation 39(5). Names of people below the publication grade floor "
        out += "are replaced by their role and grade.</p>\n</div>\n</footer>\n</body>\n</html>\n"
        return out
    }
}
