import MissionKPI

/// The words and numbers of one synthetic mission: its milestones, its theory-of-change nodes by level,
/// the services its contracts buy and the result KPIs those contracts carry.
struct MissionCorpus: Sendable {
    struct MilestoneSeed: Sendable {
        var id: String, title: String, indicator: String, unit: Unit, direction: Direction
        var baseline: Double, target: Double, decimals: Int
    }

    struct NodeSeed: Sendable {
        var id: String, statement: String
    }

    var id: String
    var title: String
    var board: String
    var lead: String
    var challenge: String
    var affected: String
    var desiredOutcome: String
    var milestones: [MilestoneSeed]
    var activities: [NodeSeed]
    var outputs: [NodeSeed]
    var outcomes: [NodeSeed]
    var impacts: [NodeSeed]
    var assumptions: [String]
    var services: [String]
    var kpis: [KPITemplate]
}

extension MissionCorpus {
    typealias M = MilestoneSeed
    typealias N = NodeSeed

    /// The five Plan for Change missions (December 2024), in the order of the plan.
    static let all: [MissionCorpus] = [growth, nhs, saferStreets, opportunity, cleanPower]

    static let growth = MissionCorpus(
        id: "growth", title: "Kickstart economic growth", board: "Growth Mission Board", lead: "HMT",
        challenge: "Productivity and real incomes have grown slowly for fifteen years, and too few homes and major projects get built.",
        affected: "Households across the UK, and businesses waiting on planning and infrastructure decisions",
        desiredOutcome: "Higher living standards in every part of the UK, with homes and infrastructure built faster.",
        milestones: [
            M(id: "homes-1-5m", title: "1.5 million homes built in England this Parliament", indicator: "Net additional dwellings, England (cumulative)", unit: .count, direction: .increase, baseline: 0, target: 1_500_000, decimals: 0),
            M(id: "infrastructure-decisions", title: "Decisions on 150 major infrastructure projects", indicator: "Nationally significant infrastructure project decisions (cumulative)", unit: .count, direction: .increase, baseline: 0, target: 150, decimals: 0),
            M(id: "rhdi-per-head", title: "Higher real household disposable income per person", indicator: "Real household disposable income per head, index (2024 = 100)", unit: .score, direction: .increase, baseline: 100, target: 106, decimals: 1),
        ],
        activities: [N(id: "planning-capacity", statement: "Planning authorities recruit and train more planners"), N(id: "site-remediation", statement: "Brownfield sites are remediated for housing"), N(id: "skills-bootcamps", statement: "Skills bootcamps are commissioned in construction trades"), N(id: "digital-planning", statement: "Planning services move to digital case management")],
        outputs: [N(id: "applications-decided", statement: "More planning applications decided on time"), N(id: "sites-ready", statement: "More housing sites ready for development"), N(id: "trained-workers", statement: "More construction workers complete training"), N(id: "projects-consented", statement: "Major infrastructure projects consented faster"), N(id: "business-support", statement: "Small firms receive growth support")],
        outcomes: [N(id: "homes-started", statement: "More homes are started each year"), N(id: "faster-consents", statement: "Infrastructure projects start sooner after application"), N(id: "higher-productivity", statement: "Firms in supported places become more productive"), N(id: "labour-supply", statement: "Construction labour shortages ease")],
        impacts: [N(id: "more-homes", statement: "More people can afford a decent home"), N(id: "living-standards", statement: "Living standards rise in every region")],
        assumptions: ["Developers build out consented sites at the expected rate", "Interest rates allow housebuilders to finance new starts", "Trained workers stay in the construction sector"],
        services: ["Planning application processing support", "Brownfield land remediation", "Construction skills bootcamp delivery", "Digital planning platform", "Business growth advisory service", "Infrastructure consenting technical advice", "Local growth programme evaluation", "Housing delivery partnership"],
        kpis: [
            .init("applications-on-time", "Planning applications decided on time", "Share of major applications decided within the statutory period or agreed extension.", .output, .percent, .increase, 70...86, 8),
            .init("homes-unlocked", "Homes unlocked on remediated sites", "Dwellings with consent on sites remediated under the contract (cumulative).", .outcome, .count, .increase, 100...900, 400),
            .init("learners-completing", "Learners completing a bootcamp", "Share of starters who complete their skills bootcamp.", .output, .percent, .increase, 60...78, 8),
            .init("learners-into-work", "Bootcamp completers in a construction job", "Share of completers in construction work six months after the course.", .outcome, .percent, .increase, 35...55, 10),
            .init("firms-supported", "Firms receiving growth support", "Small firms completing a growth support programme.", .output, .count, .increase, 40...220, 40),
            .init("gva-uplift", "Productivity uplift in supported firms", "Mean change in gross value added per employee in supported firms, percent.", .outcome, .percent, .increase, 1...4, 1.5),
            .init("consent-days", "Days from acceptance to consent decision", "Mean calendar days from application acceptance to decision for supported projects.", .output, .days, .decrease, 420...630, 80),
            .init("sites-ready-count", "Housing sites ready for development", "Sites with remediation signed off in the period.", .output, .count, .increase, 2...12, 3),
            .init("digital-submissions", "Applications submitted digitally", "Share of planning applications received through the digital service.", .output, .percent, .increase, 55...80, 12),
            .init("jobs-created", "Jobs created in supported firms", "Net new jobs in firms supported by the contract (cumulative).", .outcome, .count, .increase, 20...150, 60),
        ])

    static let nhs = MissionCorpus(
        id: "nhs", title: "Build an NHS fit for the future", board: "Health Mission Board", lead: "DHSC",
        challenge: "Patients wait too long for planned hospital treatment, and the waiting list is near its historic peak.",
        affected: "Patients on elective waiting lists in England, and their employers and carers",
        desiredOutcome: "Most patients start treatment within 18 weeks of referral.",
        milestones: [
            M(id: "rtt-18-weeks", title: "92% of patients wait no longer than 18 weeks for elective treatment", indicator: "Share of referral-to-treatment pathways within 18 weeks, England", unit: .percent, direction: .increase, baseline: 59.1, target: 92, decimals: 1),
            M(id: "ae-4-hours", title: "82% of A&E patients seen within four hours", indicator: "Share of A&E attendances completed within four hours, England", unit: .percent, direction: .increase, baseline: 71.1, target: 82, decimals: 1),
            M(id: "diagnostics-6-weeks", title: "Fewer than 5% of patients wait over six weeks for a diagnostic test", indicator: "Share of diagnostic waits over six weeks, England", unit: .percent, direction: .decrease, baseline: 22.4, target: 5, decimals: 1),
        ],
        activities: [N(id: "cdc-expansion", statement: "Community diagnostic centres open longer hours"), N(id: "independent-sector", statement: "Independent-sector providers take elective referrals"), N(id: "discharge-teams", statement: "Discharge-to-assess teams work in every acute trust"), N(id: "reporting-capacity", statement: "Outsourced reporting adds radiology capacity")],
        outputs: [N(id: "diagnostic-capacity", statement: "More diagnostic tests delivered in community settings"), N(id: "elective-activity", statement: "More elective operations delivered"), N(id: "timely-reports", statement: "Scan reports reach referrers within days"), N(id: "care-packages", statement: "Care packages start on the day patients are ready"), N(id: "virtual-wards", statement: "More patients are cared for on virtual wards")],
        outcomes: [N(id: "faster-diagnosis", statement: "Patients are diagnosed sooner after referral"), N(id: "shorter-waits", statement: "Patients start planned treatment sooner"), N(id: "flow-through-hospitals", statement: "Beds are free for patients who need admission"), N(id: "fewer-cancellations", statement: "Fewer planned operations are cancelled for lack of a bed")],
        impacts: [N(id: "healthier-lives", statement: "People live healthier lives for longer"), N(id: "nhs-there-when-needed", statement: "The NHS is there when people need it")],
        assumptions: ["Radiographers can be recruited to staff the new centres", "Trusts release theatre time for independent-sector lists", "Social care providers have capacity to start packages quickly"],
        services: ["Community diagnostic imaging services", "Elective orthopaedic surgery capacity", "Teleradiology reporting services", "Discharge-to-assess home care", "Virtual ward remote monitoring", "Endoscopy insourcing", "Patient transport services", "Pathology network managed service"],
        kpis: [
            .init("scan-turnaround", "Scans reported within 7 days", "Share of scans whose report reaches the referrer within 7 calendar days.", .output, .percent, .increase, 65...82, 12),
            .init("tests-delivered", "Diagnostic tests delivered", "Imaging and physiological tests delivered in the period.", .output, .count, .increase, 3_000...12_000, 1_500),
            .init("waits-over-6-weeks", "Patients waiting over six weeks for a test", "Share of patients on the contract's waiting list waiting more than six weeks.", .outcome, .percent, .decrease, 15...32, 8),
            .init("operations-delivered", "Elective operations delivered", "Elective procedures completed in the period.", .output, .count, .increase, 150...900, 120),
            .init("rtt-within-18", "Referred patients treated within 18 weeks", "Share of the contract's referred patients treated within 18 weeks.", .outcome, .percent, .increase, 55...72, 12),
            .init("same-day-discharge", "Patients discharged on the day they are ready", "Share of patients ready for discharge who leave hospital that day.", .outcome, .percent, .increase, 45...65, 12),
            .init("readmissions-30-days", "Readmissions within 30 days", "Share of discharged patients readmitted within 30 days.", .outcome, .percent, .decrease, 8...14, 2),
            .init("on-day-cancellations", "Operations cancelled on the day", "Share of booked operations cancelled on the day for non-clinical reasons.", .output, .percent, .decrease, 3...7, 1.5),
            .init("virtual-ward-occupancy", "Virtual ward occupancy", "Share of commissioned virtual ward beds in use.", .output, .percent, .increase, 60...78, 10),
            .init("transport-on-time", "Patients arriving on time for appointments", "Share of transported patients arriving within 15 minutes before their appointment.", .output, .percent, .increase, 78...90, 5),
        ])

    static let saferStreets = MissionCorpus(
        id: "safer-streets", title: "Take back our streets", board: "Safer Streets Mission Board", lead: "Home Office",
        challenge: "Confidence in policing and the justice system has fallen, and neighbourhood policing has thinned.",
        affected: "Communities affected by crime and antisocial behaviour, and victims awaiting justice",
        desiredOutcome: "Every neighbourhood has named officers it knows, and crime falls.",
        milestones: [
            M(id: "neighbourhood-officers", title: "13,000 more neighbourhood officers, PCSOs and special constables", indicator: "Additional neighbourhood policing roles (cumulative)", unit: .count, direction: .increase, baseline: 0, target: 13_000, decimals: 0),
            M(id: "knife-crime", title: "Knife crime halved in a decade", indicator: "Police-recorded offences involving a knife or sharp instrument, England and Wales", unit: .count, direction: .decrease, baseline: 50_500, target: 25_250, decimals: 0),
            M(id: "confidence-in-policing", title: "Public confidence in local policing restored", indicator: "Share of adults with confidence in their local police (CSEW)", unit: .percent, direction: .increase, baseline: 67, target: 75, decimals: 1),
        ],
        activities: [N(id: "recruitment-campaigns", statement: "Forces run neighbourhood recruitment campaigns"), N(id: "youth-diversion", statement: "Youth diversion programmes run in hotspot areas"), N(id: "victim-services", statement: "Victim support services are commissioned locally"), N(id: "custody-healthcare", statement: "Healthcare professionals staff custody suites")],
        outputs: [N(id: "officers-trained", statement: "More neighbourhood officers trained and deployed"), N(id: "young-people-engaged", statement: "At-risk young people take part in diversion programmes"), N(id: "victims-supported", statement: "Victims get timely support after reporting"), N(id: "hotspot-patrols", statement: "Hotspot areas get regular visible patrols"), N(id: "cases-charged", statement: "More cases reach a charging decision")],
        outcomes: [N(id: "fewer-knife-offences", statement: "Fewer young people carry knives"), N(id: "victims-stay-engaged", statement: "Victims stay engaged with the justice process"), N(id: "visible-policing", statement: "Residents know and see their neighbourhood officers"), N(id: "reoffending-falls", statement: "Fewer people reoffend after custody or diversion")],
        impacts: [N(id: "safer-communities", statement: "Communities are safer and feel safer"), N(id: "trust-in-justice", statement: "People trust the police and courts to deliver justice")],
        assumptions: ["Forces can retain the officers they recruit", "Schools and youth services refer young people early", "Courts have capacity to hear charged cases"],
        services: ["Neighbourhood officer recruitment and assessment", "Youth diversion programme delivery", "Victim and witness support services", "Custody healthcare services", "Electronic monitoring services", "Hotspot patrol analytics", "Police vehicle fleet management", "Probation accommodation services"],
        kpis: [
            .init("recruits-deployed", "Recruits deployed to neighbourhood teams", "Recruits completing training and deployed to a neighbourhood team.", .output, .count, .increase, 20...120, 30),
            .init("diversion-completion", "Young people completing a diversion programme", "Share of referred young people who complete the programme.", .output, .percent, .increase, 55...75, 10),
            .init("reoffending-12-months", "Participants reoffending within 12 months", "Share of programme participants with a proven reoffence within 12 months.", .outcome, .percent, .decrease, 22...38, 6),
            .init("victims-contacted-48h", "Victims contacted within 48 hours", "Share of referred victims contacted within 48 hours of referral.", .output, .percent, .increase, 70...88, 8),
            .init("victims-satisfied", "Victims satisfied with support", "Share of supported victims satisfied with the service.", .outcome, .percent, .increase, 72...85, 6),
            .init("custody-assessment-time", "Hours to healthcare assessment in custody", "Mean hours from detention to healthcare assessment.", .output, .hours, .decrease, 2...5, 1),
            .init("tag-fitting-on-time", "Tags fitted within 24 hours", "Share of electronic monitoring tags fitted within 24 hours of the order.", .output, .percent, .increase, 85...95, 3),
            .init("patrol-coverage", "Hotspot patrol coverage", "Share of identified hotspots patrolled at the agreed frequency.", .output, .percent, .increase, 60...80, 12),
            .init("fleet-availability", "Response vehicles available", "Share of the response fleet available for deployment.", .output, .percent, .increase, 86...94, 3),
            .init("housed-on-release", "People housed on release", "Share of people leaving prison with settled accommodation on the night of release.", .outcome, .percent, .increase, 55...75, 10),
        ])

    static let opportunity = MissionCorpus(
        id: "opportunity", title: "Break down barriers to opportunity", board: "Opportunity Mission Board", lead: "DfE",
        challenge: "A child's background still shapes their life chances, and too many start school not ready to learn.",
        affected: "Children, young people and families in disadvantaged areas",
        desiredOutcome: "Every child starts school ready to learn and leaves with skills for work and life.",
        milestones: [
            M(id: "school-ready", title: "75% of five-year-olds ready to learn", indicator: "Share of children reaching a good level of development at age five", unit: .percent, direction: .increase, baseline: 68.3, target: 75, decimals: 1),
            M(id: "neet-rate", title: "Fewer young people not in education, employment or training", indicator: "Share of 16 to 24 year olds NEET, England", unit: .percent, direction: .decrease, baseline: 12.5, target: 10, decimals: 1),
        ],
        activities: [N(id: "childcare-places", statement: "New childcare places are commissioned"), N(id: "tutoring", statement: "Tutoring is offered to pupils behind in reading and maths"), N(id: "careers-advice", statement: "Careers advisers work with every secondary school"), N(id: "family-hubs", statement: "Family hubs open in every local authority")],
        outputs: [N(id: "places-filled", statement: "Funded childcare places are filled"), N(id: "pupils-tutored", statement: "Pupils complete tutoring courses"), N(id: "families-supported", statement: "Families use family hub services"), N(id: "young-people-advised", statement: "Young people receive careers guidance"), N(id: "breakfast-clubs", statement: "Breakfast clubs run in primary schools")],
        outcomes: [N(id: "early-development", statement: "Children reach early development goals"), N(id: "attainment-gap", statement: "The attainment gap narrows"), N(id: "post-16-participation", statement: "More young people stay in education or training"), N(id: "attendance", statement: "Pupils attend school more regularly")],
        impacts: [N(id: "life-chances", statement: "Background no longer determines life chances"), N(id: "skilled-workforce", statement: "Young people enter work with the skills employers need")],
        assumptions: ["Providers can recruit enough early-years staff", "Parents take up funded places", "Schools release pupils for tutoring without losing teaching time"],
        services: ["Early-years childcare provision", "National tutoring programme delivery", "Careers guidance service", "Family hub services", "Breakfast club provision", "School attendance support", "Special educational needs transport", "Teacher training bursary administration"],
        kpis: [
            .init("places-occupied", "Funded childcare places occupied", "Share of funded childcare places occupied in the period.", .output, .percent, .increase, 75...90, 6),
            .init("good-level-development", "Children reaching a good level of development", "Share of children in funded settings reaching a good level of development at age five.", .outcome, .percent, .increase, 62...70, 5),
            .init("tutoring-completion", "Pupils completing tutoring", "Share of enrolled pupils completing at least 12 tutoring sessions.", .output, .percent, .increase, 65...82, 8),
            .init("reading-age-gain", "Reading age gain", "Mean months of reading age gained by tutored pupils over a term.", .outcome, .score, .increase, 3...6, 1.5),
            .init("guidance-interviews", "Young people given a guidance interview", "Young people completing a one-to-one careers guidance interview.", .output, .count, .increase, 300...1_500, 200),
            .init("neet-after-guidance", "Young people NEET six months after guidance", "Share of advised young people not in education, employment or training after six months.", .outcome, .percent, .decrease, 9...16, 2.5),
            .init("hub-families", "Families using a family hub", "Families registered with and using a family hub in the period.", .output, .count, .increase, 200...1_200, 200),
            .init("persistent-absence", "Pupils persistently absent", "Share of supported pupils missing 10% or more of sessions.", .outcome, .percent, .decrease, 18...28, 5),
            .init("breakfasts-served", "Breakfasts served", "Breakfasts served in funded clubs in the period.", .output, .count, .increase, 5_000...30_000, 4_000),
            .init("transport-complaints", "SEN transport complaints", "Complaints about SEN transport per 1,000 journeys.", .output, .ratio, .decrease, 1.5...4, 0.8, decimals: 2),
        ])

    static let cleanPower = MissionCorpus(
        id: "clean-power", title: "Make Britain a clean energy superpower", board: "Clean Energy Mission Board", lead: "DESNZ",
        challenge: "Energy bills are exposed to volatile gas prices and the grid is not yet clean or big enough.",
        affected: "Households and businesses paying energy bills, and communities hosting new infrastructure",
        desiredOutcome: "Clean power by 2030, with lower bills and secure supply.",
        milestones: [
            M(id: "clean-power-95", title: "At least 95% of electricity from clean sources by 2030", indicator: "Share of GB electricity generation from clean sources", unit: .percent, direction: .increase, baseline: 74, target: 95, decimals: 1),
            M(id: "homes-upgraded", title: "Homes upgraded to be warmer and cheaper to heat", indicator: "Homes receiving energy efficiency or low-carbon heating upgrades (cumulative)", unit: .count, direction: .increase, baseline: 0, target: 300_000, decimals: 0),
            M(id: "grid-connections", title: "Grid connection queue cut", indicator: "Median months from connection application to offer", unit: .other, direction: .decrease, baseline: 18, target: 6, decimals: 0),
        ],
        activities: [N(id: "retrofit-installers", statement: "Accredited retrofit installers are trained"), N(id: "grid-surveys", statement: "Network operators survey connection sites"), N(id: "heat-pump-grants", statement: "Heat pump grants are processed"), N(id: "onshore-consents", statement: "Onshore wind applications get planning support")],
        outputs: [N(id: "homes-retrofitted", statement: "Homes retrofitted with insulation"), N(id: "heat-pumps-installed", statement: "Heat pumps installed"), N(id: "connections-offered", statement: "Grid connection offers issued faster"), N(id: "capacity-consented", statement: "Clean generation capacity consented"), N(id: "smart-meters", statement: "Smart meters installed in homes")],
        outcomes: [N(id: "lower-bills", statement: "Upgraded homes use less energy"), N(id: "clean-generation", statement: "More clean generation connects to the grid"), N(id: "flexible-demand", statement: "Demand shifts away from peak times"), N(id: "fuel-poverty-falls", statement: "Fewer households are in fuel poverty")],
        impacts: [N(id: "energy-security", statement: "Britain is less exposed to gas price shocks"), N(id: "net-zero", statement: "Emissions fall on the path to net zero")],
        assumptions: ["Supply chains can deliver turbines and heat pumps on time", "Households accept installers into their homes", "Network reinforcement keeps pace with connections"],
        services: ["Home retrofit delivery", "Heat pump grant administration", "Grid connection study services", "Onshore wind planning support", "Smart meter installation", "Warm homes advice line", "Solar installation on public buildings", "Energy performance assessment services"],
        kpis: [
            .init("homes-retrofitted-count", "Homes retrofitted", "Homes completing an insulation retrofit in the period.", .output, .count, .increase, 80...600, 120),
            .init("energy-saving", "Energy saved in retrofitted homes", "Mean reduction in metered energy use in retrofitted homes, percent.", .outcome, .percent, .increase, 8...16, 5),
            .init("grant-decision-days", "Days to a grant decision", "Mean working days from complete application to decision.", .output, .days, .decrease, 20...45, 8),
            .init("heat-pumps-commissioned", "Heat pumps commissioned", "Heat pumps installed and commissioned in the period.", .output, .count, .increase, 50...400, 80),
            .init("connection-offer-months", "Months to a connection offer", "Median months from application to connection offer for supported projects.", .output, .other, .decrease, 10...20, 4, decimals: 0),
            .init("mw-consented", "Clean capacity consented", "Megawatts of clean generation consented with the contract's support (cumulative).", .outcome, .count, .increase, 50...400, 150),
            .init("install-quality", "Installations passing quality audit", "Share of audited installations passing first time.", .output, .percent, .increase, 82...93, 4),
            .init("smart-meters-fitted", "Smart meters fitted", "Smart meters installed and commissioned in the period.", .output, .count, .increase, 500...3_000, 400),
            .init("calls-answered", "Advice calls answered within 60 seconds", "Share of advice-line calls answered within 60 seconds.", .output, .percent, .increase, 70...88, 8),
            .init("fuel-poor-helped", "Fuel-poor households helped out of fuel poverty", "Share of supported households above the fuel poverty line a year later.", .outcome, .percent, .increase, 20...35, 8),
        ])
}
