import Foundation
import Testing

/// `missionkpi explain-kpi`, end to end: what the reader infers from any text, and why.
@Suite struct ExplainKPICommandTests {
    @Test func textShowsEachInferenceWithItsWords() throws {
        let r = try CLI.run([
            "explain-kpi", "EOI Acknowledgement", "--description", "% of referrals/EOIs acknowledged within 2 working days",
        ])
        #expect(r.exit == 0 && r.stderr.isEmpty, "\(r.stderr)")
        #expect(r.stdout.contains("unit:         percent    from \"%\": a share of a whole\n"), "\(r.stdout)")
        #expect(r.stdout.contains("target:       none stated\n"))
        #expect(r.stdout.contains("level:        activity   from \"Acknowledgement … acknowledged\""))
    }

    @Test func jsonGivesValuesEvidenceAndReasons() throws {
        let r = try CLI.run([
            "explain-kpi", "Number of affordable homes", "--description", "A target of 350-450 homes per annum by 31 March 2027",
            "--format", "json",
        ])
        #expect(r.exit == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let target = try #require(json["target"] as? [String: Any])
        #expect(target["value"] as? Double == 350 && target["upper"] as? Double == 450 && target["date"] as? String == "2027-03-31")
        #expect((json["unit"] as? [String: Any])?["value"] as? String == "count")
        #expect(json["namesQuantity"] as? Bool == true && json["placeholder"] is NSNull)
    }

    @Test func aPlaceholderSaysSoAndInfersNothingElse() throws {
        let r = try CLI.run(["explain-kpi", "--", "- To be published as part of award of main works contract"])
        #expect(r.exit == 0)
        #expect(r.stdout.contains("placeholder:  yes        from \"To be published\""))
        #expect(!r.stdout.contains("unit:"))
    }

    @Test func aBadFormatIsAUsageError() throws {
        let r = try CLI.run(["explain-kpi", "Quality", "--format", "yaml"])
        #expect(r.exit == 64)
    }
}
