extension KPIWords {
    /// A phrase that points at a level, with its weight; a nil level masks its words (they say nothing).
    struct LevelCue: Sendable {
        var phrase: Phrase
        var level: KPILevel?
        var weight: Int

        init(phrase: String, level: KPILevel?, weight: Int) {
            self.phrase = Phrase(phrase)
            self.level = level
            self.weight = weight
        }
    }

    /// Outcomes: changes for people, places or the environment (jobs, health, safety, crime, attainment,
    /// housing stability, emissions). Weight 3: a KPI that names one is about it.
    static let outcomeCues: [LevelCue] = [
        "job start*", "job outcome*", "paid job*", "employment", "employed", "into work", "in work", "out of work",
        "earnings", "positive move*", "successful move*", "planned move*", "tenancy failure*", "tenancy sustain*",
        "tenancies sustained", "sustain* their tenanc*", "evict*", "homeless*", "rough sleep*", "attainment",
        "expected standard", "progress", "outcomes", "qualifications achieved", "wellbeing", "well being", "quality of life",
        "mortality", "death*", "life expectancy", "obesity", "smoking", "quit", "quitting", "recover*", "independen*",
        "readmission*", "reoffend*", "offending", "crime*", "victim*", "neet", "not in education", "literacy", "numeracy",
        "emission*", "carbon", "co2", "co 2", "greenhouse", "pollution", "air quality", "recycl*", "compost*", "landfill",
        "biodiversity", "fuel poverty", "poverty", "harm", "infection*", "mrsa", "bacteraemia", "falls", "pressure ulcer*",
        "injur*", "casualt*", "feel safe", "safer", "exclusion*", "health outcomes", "lives saved", "fatalit*",
        "school readiness", "educational", "skills gained", "healthy", "health inequalit*", "sustained work", "into work",
        "back to work", "paid work", "into employment", "settled accommodation", "temporary accommodation", "looked after",
        "in care", "energy consumption", "energy use", "energy usage", "qualification", "qualifications", "never event*",
        "good level of development", "expected level", "reaching the expected", "offences", "violence", "arrest*",
    ].map { LevelCue(phrase: $0, level: .outcome, weight: 3) }

    /// Outputs: the service delivered, its volume, timeliness, availability and quality of work.
    static let outputCues: [LevelCue] =
        [
            "deliver*", "service delivery", "repair*", "maintenance", "response", "call out*", "availab*", "uptime", "downtime",
            "on time", "timel*", "turnaround", "lead time", "leadtime", "waiting", "wait", "waits", "first time", "resolution",
            "resolv*", "fix*", "error*", "defect*", "complaint*", "satisf*", "experience", "utilisation", "utilization",
            "occupancy", "occupied", "throughput", "caseload", "case holding", "active cases", "needs assessment*", "advice",
            "treatment", "treated", "curriculum", "training opportunit*", "training places", "in person meeting*",
            "face to face", "did not attend", "dna", "collections", "collected", "pothole*", "answered", "meets the specified",
            "to specification", "completed", "completion", "health check*", "quality", "turnaround", "despatch", "dispatch",
            "screened", "screening", "planning application*", "planning permission*", "quit date", "decisions", "determined",
        ].map {
            LevelCue(phrase: $0, level: .output, weight: 2)
        }
        + [
            "respond*", "assessment*", "support", "intervention*", "engaged", "engagement", "appointment*", "visits", "admitted",
            "discharged", "service user*", "participants", "handled", "processed", "decided", "homes", "places", "checks",
            "entry to the", "access to", "provision", "referrals accepted", "accepted", "seen", "cleared", "clear", "claim",
            "claims", "applications", "installed", "built",
        ].map { LevelCue(phrase: $0, level: .output, weight: 1) }

    /// Activities: meetings, reports, plans, compliance, training, processes. Weight 3 for the heads of such KPIs.
    static let activityCues: [LevelCue] =
        [
            "meeting*", "report", "reports", "reporting", "plan", "plans", "planning", "policy", "policies", "compliance",
            "compliant", "comply", "audit*", "assurance", "quality assurance", "quality visit*", "monitoring visit*",
            "assurance visit*", "risk assessment*", "risk management", "business continuity", "contract management",
            "financial management", "governance", "acknowledg*", "strategy", "strategies", "infection prevention",
        ].map { LevelCue(phrase: $0, level: .activity, weight: 3) }
        + [
            "submission", "submit*", "returns", "management information", "observation*", "monitoring", "training",
            "communication*", "registration", "register", "registers", "insurance", "health and safety", "notification",
            "notify*", "invoice*", "liaison", "workshop*", "campaign*", "record keeping", "documentation", "summary",
            "summaries", "letters", "correspondence", "procedure*", "process", "processes", "safeguarding", "certification",
            "certificate*",
        ].map { LevelCue(phrase: $0, level: .activity, weight: 2) }
        + ["management", "review", "reviews", "actions", "paid", "consultation*", "events"].map {
            LevelCue(phrase: $0, level: .activity, weight: 1)
        }

    /// Inputs: staff, resources, equipment, money spent, capacity made available.
    static let inputCues: [LevelCue] =
        ["staffing", "workforce", "vacanc*", "headcount", "equipment", "capacity"].map { LevelCue(phrase: $0, level: .input, weight: 3) }
        + [
            "staff", "recruit*", "volunteer*", "vehicle*", "fleet", "resource*", "budget", "spend", "spending", "expenditure",
            "funding", "investment", "premises", "vetted", "vetting", "agency", "materials", "beds",
        ].map { LevelCue(phrase: $0, level: .input, weight: 2) }

    /// Phrases whose words say nothing about the level ("by an Employment Specialist", "tender submission").
    static let maskCues: [LevelCue] = [
        "employment specialist*", "employment adviser*", "employment advisor*", "employment support", "as defined by",
        "tender submission", "the outcome of", "outcome of an", "service provider staff", "provider staff", "progress report*",
        "health and safety incidents", "to process", "planning authorit*",
    ].map { LevelCue(phrase: $0, level: nil, weight: 0) }

    /// Words after which the rest of a clause is a denominator or an exclusion, not what is measured.
    static let clauseMasks: [Phrase] = [
        "as a percentage of", "as a proportion of", "as a share of", "as an average percentage of", "divided by",
        "compared to", "compared with", "excluding", "against the", "by an", "as defined", "at risk of",
    ]
}
