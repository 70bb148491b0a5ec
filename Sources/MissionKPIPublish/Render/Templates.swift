import Foundation
import Mustache

/// The Mustache templates shipped as package resources (`Templates/*.mustache`), loaded once.
/// HTML templates escape every `{{value}}`; Markdown templates (`*-md`) use the MARKDOWN content
/// type, which escapes Markdown. Only `{{{chart}}}`-style inserts of SVG built by our own code are raw.
enum Templates {
    /// The library, or why it could not be loaded.
    static let library: Result<MustacheLibrary, SiteError> = load()

    static func load() -> Result<MustacheLibrary, SiteError> {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            return .failure(.template("the Templates resource folder is missing from the bundle"))
        }
        var library = MustacheLibrary()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".mustache") }
            .sorted()
        for file in names {
            let name = String(file.dropLast(".mustache".count))
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else {
                return .failure(.template("cannot read \(file)"))
            }
            do { try library.register(String(decoding: data, as: UTF8.self), named: name) } catch {
                return .failure(.template("\(file): \(error)"))
            }
        }
        return .success(library)
    }

    /// Renders `context` with the named template.
    static func render(_ context: Any, _ name: String) throws -> String {
        try render(converted: ContextTree.convert(context), name)
    }

    /// Renders a context already converted by `ContextTree` (a page and its Markdown twin share one).
    static func render(converted context: Any, _ name: String) throws -> String {
        let library = try library.get()
        guard let text = library.render(context, withTemplate: name) else {
            throw SiteError.template("no template named \(name)")
        }
        return text
    }

    /// A resource file shipped beside the templates (the stylesheet).
    static func resource(_ name: String) throws -> String {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil),
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
        else { throw SiteError.template("the resource \(name) is missing from the bundle") }
        return String(decoding: data, as: UTF8.self)
    }
}
