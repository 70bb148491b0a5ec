extension Goalposts {
    /// The goalposts with every text taken from the workspace (contract, KPI and milestone titles, KPI
    /// descriptions) passed through `transform`: a publish redacts the names of people before keeping them.
    public func mapText(_ transform: (String) -> String) -> Goalposts {
        var out = self
        for i in out.contracts.indices {
            out.contracts[i].title = transform(out.contracts[i].title)
            for j in out.contracts[i].kpis.indices {
                out.contracts[i].kpis[j].title = transform(out.contracts[i].kpis[j].title)
                out.contracts[i].kpis[j].description = out.contracts[i].kpis[j].description.map(transform)
            }
        }
        for i in out.milestones.indices { out.milestones[i].title = transform(out.milestones[i].title) }
        return out
    }
}

extension Workspace {
    /// The workspace with the same texts `Goalposts.mapText` transforms passed through `transform`, so the
    /// changes rules compare it with goalposts kept that way (a publish's snapshot).
    public func mapGoalpostText(_ transform: (String) -> String) -> Workspace {
        var out = self
        for i in out.contracts.indices {
            out.contracts[i].title = transform(out.contracts[i].title)
            for j in out.contracts[i].kpis.indices {
                out.contracts[i].kpis[j].title = transform(out.contracts[i].kpis[j].title)
                out.contracts[i].kpis[j].description = out.contracts[i].kpis[j].description.map(transform)
            }
        }
        for i in out.missions.indices {
            for j in out.missions[i].milestones.indices {
                out.missions[i].milestones[j].title = transform(out.missions[i].milestones[j].title)
            }
        }
        return out
    }
}
