import Foundation
import Testing

@testable import MissionKPI

/// Issue 20, point 7: messages a person can act on, at the right place.
@Suite struct LoaderMessageTests {
    static let c = TempWorkspace.contract
    /// Line 21 of the contract: `    bands: {good: 90, approaching_target: 85, requires_improvement: 75}`.
    static let bands = "bands: {good: 90, approaching_target: 85, requires_improvement: 75}"

    func diagnostics(bands: String, direction: String = "increase") throws -> [Diagnostic] {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, Self.bands, bands)
        ws.edit(Self.c, "direction: increase", "direction: \(direction)")
        return try ws.diagnostics()
    }

    /// Before: every ordering problem was reported at the mapping's first key (`good`).
    @Test func bandsOutOfOrderPointAtTheValueThatBreaksTheOrder() throws {
        expectOnly(
            try diagnostics(bands: "bands: {good: 90, approaching_target: 95, requires_improvement: 75}"),
            at: "\(Self.c):21:43", "approaching_target (95) is above good (90)", "must fall", "reorder")
        expectOnly(
            try diagnostics(bands: "bands: {good: 90, approaching_target: 85, requires_improvement: 88}"),
            at: "\(Self.c):21:69", "requires_improvement (88) is above approaching_target (85)")
        expectOnly(
            try diagnostics(bands: "bands: {good: 10, approaching_target: 5, requires_improvement: 20}", direction: "decrease"),
            at: "\(Self.c):21:43", "approaching_target (5) is below good (10)", "must rise")
        // Written in another order, the place is still the offending value's.
        expectOnly(
            try diagnostics(bands: "bands: {requires_improvement: 99, good: 90, approaching_target: 85}"),
            at: "\(Self.c):21:35", "requires_improvement (99) is above approaching_target (85)")
    }

    /// Before: "'measures' 'faster-diagnosis' must be written '<mission-id>/…'" with no hint.
    @Test func anUnqualifiedReferenceToOneMissionsNodeGetsTheQualifiedId() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "measures: nhs/faster-diagnosis", "measures: faster-diagnosis")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):18:15", "must be written", "did you mean 'nhs/faster-diagnosis'?")

        ws.edit(Self.c, "node: nhs/diagnostic-capacity", "node: rtt-18-weeks")
        expectDiagnostic(try ws.diagnostics(), at: "\(Self.c):12:11", "did you mean 'nhs/rtt-18-weeks'?")

        ws.edit(Self.c, "measures: faster-diagnosis", "measures: no-such-node")
        let unknown = try ws.diagnostics().filter { $0.location.line == 18 }
        #expect(unknown.count == 1 && unknown.first?.message.contains("did you mean") == false)
    }

    @Test func aNodeIdOfSeveralMissionsAsksWhichOne() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "measures: nhs/faster-diagnosis", "measures: faster-diagnosis")
        ws["Missions/other.yaml"] = try #require(ws[TempWorkspace.mission]).replacingOccurrences(of: "id: nhs", with: "id: other")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):18:15", "several missions", "'nhs/faster-diagnosis'", "'other/faster-diagnosis'")
    }

    @Test func aliasesAndAnchorsAreNamedTogether() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "tier: gold", "tier: *gold")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):8:7", "aliases and anchors")
        ws.edit(Self.c, "tier: *gold", "tier: &t gold")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):8:7", "aliases and anchors", "'&t'")
    }
}
