/// A page of the site: its frame (title, navigation, footer facts), its HTML content written by
/// `Fragments`, and, for the pages that have one, its Markdown twin. `Fragments.layout` puts the
/// content inside the page every page shares.
///
/// ```swift
/// let page = IndexPage(report: report, path: path)
/// let html = page.html        // the whole HTML document
/// ```
protocol SitePage: Sendable {
    /// Title, navigation, breadcrumbs and the footer's facts.
    var frame: PageFrame { get }
    /// The content inside `<main>`, without its last line break.
    var body: String { get }
    /// The Markdown twin, for the pages that have one.
    var markdown: String? { get }
}

extension SitePage {
    /// The whole HTML document.
    var html: String { Fragments.layout(RenderedPage(frame: frame, body: body)) }
    /// No Markdown twin, unless the page says otherwise.
    var markdown: String? { nil }
}

extension IndexPage: SitePage { var body: String { Fragments.indexBody(self) } }
extension OwnershipPage: SitePage { var body: String { Fragments.ownershipBody(self) } }
extension PipelinePage: SitePage { var body: String { Fragments.pipelineBody(self) } }
extension RulesPage: SitePage { var body: String { Fragments.rulesBody(self) } }
extension DataPage: SitePage { var body: String { Fragments.dataBody(self) } }
extension SuppliersPage: SitePage { var body: String { Fragments.suppliersBody(self) } }
extension SupplierPage: SitePage { var body: String { Fragments.supplierBody(self) } }
extension ContractPage: SitePage { var body: String { Fragments.contractBody(self) } }

extension DepartmentPage: SitePage {
    var body: String { Fragments.departmentBody(self) }
    var markdown: String? { Fragments.departmentMarkdown(self) }
}

extension DepartmentIndexPage: SitePage {
    var body: String { Fragments.departmentIndexBody(self) }
    var markdown: String? { Fragments.departmentIndexMarkdown(self) }
}

extension MissionPage: SitePage {
    var body: String { Fragments.missionBody(self) }
    var markdown: String? { Fragments.missionMarkdown(self) }
}

extension MissionEvidencePage: SitePage {
    var body: String { Fragments.evidenceBody(self) }
    var markdown: String? { Fragments.evidenceMarkdown(self) }
}

extension KPIReviewPage: SitePage {
    var body: String { Fragments.kpiReviewBody(self) }
    var markdown: String? { Fragments.kpiReviewMarkdown(self) }
}
