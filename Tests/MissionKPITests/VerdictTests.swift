import Foundation
import Testing

@testable import MissionKPI

/// The verdicts tell the truth: they agree in direction with the ratings (the worse the verdict, the
/// more KPIs rated requires improvement or inadequate) on the sample (and on a generated workspace:
/// `GeneratedVerdictTests`), and no verdict looks good while an aspect is bad.
@Suite struct VerdictTests {
    struct Judged {
        var workspace: Workspace
        var assessment: Assessment
        var alignment: AlignmentReport
        var verdicts: Verdicts
    }

    static func judge(root: String, asOf: Day) throws -> Judged {
        let loaded = try WorkspaceLoader.load(at: root, ruleCatalog: RuleRegistry.catalog)
        #expect(loaded.isClean, "\(loaded.diagnostics.prefix(3).map(\.description))")
        let ws = loaded.workspace
        let assessment = Assessor.assess(ws, observations: try SampleFindingsTests.observations(ws, root: root), asOf: asOf)
        let alignment = AlignmentEngine.run(ws, assessment: assessment, asOf: asOf)
        return Judged(
            workspace: ws, assessment: assessment, alignment: alignment,
            verdicts: Verdicts.judge(ws, assessment: assessment, alignment: alignment))
    }

    /// Pearson's correlation.
    static func correlation(_ pairs: [(Double, Double)]) -> Double {
        let n = Double(pairs.count)
        let mx = pairs.reduce(0) { $0 + $1.0 } / n, my = pairs.reduce(0) { $0 + $1.1 } / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in pairs {
            sxy += (x - mx) * (y - my)
            sxx += (x - mx) * (x - mx)
            syy += (y - my) * (y - my)
        }
        return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : 0
    }

    /// Per contract with KPIs: the overall verdict's weight and the share of its KPIs whose latest
    /// rating is requires improvement or inadequate (the measure the issue's +0.23 was taken with).
    static func pairs(_ j: Judged, aspect: VerdictAspect? = nil) -> [(Double, Double)] {
        j.workspace.contracts.compactMap { c -> (Double, Double)? in
            let kpis = j.assessment.kpis(contract: c.id)
            guard !kpis.isEmpty, let v = j.verdicts.contract(c.id) else { return nil }
            let level = aspect.flatMap { v.aspect($0)?.level } ?? v.overall
            guard let weight = level.weight else { return nil }
            let poor = kpis.filter { $0.latestRating == .requiresImprovement || $0.latestRating == .inadequate }.count
            return (Double(weight), Double(poor) / Double(kpis.count))
        }
    }

    /// What must hold on any workspace: the overall verdict is no better than any aspect, an inadequate
    /// latest s.71 assessment or an off-track milestone means serious concerns.
    static func expectHonest(_ j: Judged) {
        for v in j.verdicts.contracts + j.verdicts.missions {
            for a in v.aspects where a.level.weight != nil {
                #expect((v.overall.weight ?? 0) >= a.level.weight!, "\(v.subject): overall \(v.overall) better than \(a.aspect) \(a.level)")
            }
        }
        for c in j.workspace.contracts {
            if j.assessment.annual(contract: c.id).last(where: \.isComplete)?.overall == .inadequate {
                #expect(j.verdicts.contract(c.id)?.overall == .seriousConcerns, "\(c.id): inadequate s.71 but \(String(describing: j.verdicts.contract(c.id)?.overall))")
            }
        }
        for m in j.assessment.missions where m.milestones.contains(where: { $0.trajectory.status == .offTrack }) {
            #expect(j.verdicts.mission(m.mission)?.overall == .seriousConcerns, "\(m.mission) has a milestone off track")
        }
    }

    @Test func theSampleVerdictsAgreeWithTheEvidence() throws {
        let j = try Self.judge(root: SampleFindingsTests.root, asOf: SampleFindingsTests.asOf)
        Self.expectHonest(j)
        if ProcessInfo.processInfo.environment["VERDICT_DUMP"] != nil {
            for v in j.verdicts.contracts + j.verdicts.missions {
                print("\(v.subject): \(v.sentence)")
                for a in v.aspects { print("   \(a.aspect.title): \(a.level.label) — \(a.figure) \(a.reasons)") }
            }
            print("corr overall", Self.correlation(Self.pairs(j)), "perf", Self.correlation(Self.pairs(j, aspect: .performance)))
        }
        // The examples: every KPI poorly rated, and an inadequate s.71 assessment two years running.
        #expect(j.verdicts.contract("mhclg-2024-0211")?.aspect(.performance)?.level == .seriousConcerns)
        #expect(j.verdicts.contract("dft-2024-0315")?.overall == .seriousConcerns)
        #expect(j.verdicts.contract("dft-2024-0315")?.aspect(.performance)?.reasons.contains { $0.contains("inadequate") } == true)
        // NHS: both milestones off track and the only watermelon.
        #expect(j.verdicts.mission("nhs")?.aspect(.outcomes)?.level == .seriousConcerns)
        #expect(j.verdicts.contract("dhsc-2024-0087")?.aspect(.outcomes)?.level == .seriousConcerns)
        // Direction: the worse the verdict, the larger the share of poorly rated KPIs.
        #expect(Self.correlation(Self.pairs(j)) > 0.2)
        #expect(Self.correlation(Self.pairs(j, aspect: .performance)) > 0.4)
        // The verdicts spread: every level a contract can take that the sample's evidence supports.
        let levels = Set(j.verdicts.contracts.map(\.overall))
        #expect(levels.isSuperset(of: [.someConcerns, .seriousConcerns]))
        #expect(Set(j.verdicts.missions.map(\.overall)).count >= 2)
    }

    @Test func theAlignmentScoreCountsOnlyFindingsOnTheChoiceOfKPIs() throws {
        let j = try Self.judge(root: SampleFindingsTests.root, asOf: SampleFindingsTests.asOf)
        for s in j.alignment.scores.contracts + j.alignment.scores.missions {
            for d in s.deductions {
                #expect(VerdictAspect.of(rule: d.ruleID, family: j.alignment.family(of: d.ruleID)) == .alignment, "\(s.subject): \(d.ruleID)")
            }
        }
        // The scores spread: most contracts with an alignment finding fall below 95.
        let scores = j.alignment.scores.contracts.map(\.score)
        #expect(scores.contains { $0 <= 70 })
    }

    @Test func theOverallVerdictIsTheWorstAspect() {
        func v(_ levels: [VerdictLevel]) -> Verdict {
            Verdict(subject: "x", aspects: zip(VerdictAspect.allCases, levels).map { AspectVerdict(aspect: $0, level: $1, figure: "") })
        }
        #expect(v([.noConcerns, .noConcerns, .noConcerns, .noConcerns, .noConcerns]).overall == .noConcerns)
        #expect(v([.noConcerns, .notYetDue, .notApplicable, .noConcerns, .noConcerns]).overall == .noConcerns)
        #expect(v([.noConcerns, .notKnown, .noConcerns, .noConcerns, .noConcerns]).overall == .someConcerns)
        #expect(v([.noConcerns, .seriousConcerns, .someConcerns, .noConcerns, .noConcerns]).overall == .seriousConcerns)
        #expect(v([.notYetDue, .notYetDue, .notApplicable, .notApplicable, .notYetDue]).overall == .notYetDue)
        #expect(v([.noConcerns, .seriousConcerns, .someConcerns, .noConcerns, .noConcerns]).sentence == "Serious concerns about performance.")
    }
}
