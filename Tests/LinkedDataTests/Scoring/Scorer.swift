import RDFModel
import TestSupport

/// Precision, recall and F1 from counts, as score.py's PRF.
struct PRF: CustomStringConvertible {
    var tpP = 0, pred = 0, tpR = 0, gold = 0
    mutating func add(_ tpP: Int, _ pred: Int, _ tpR: Int, _ gold: Int) {
        self.tpP += tpP; self.pred += pred; self.tpR += tpR; self.gold += gold
    }
    var p: Double { pred > 0 ? Double(tpP) / Double(pred) : (gold == 0 ? 1 : 0) }
    var r: Double { gold > 0 ? Double(tpR) / Double(gold) : (pred == 0 ? 1 : 0) }
    var f1: Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }
    var description: String { "P=\(rounded(p)) R=\(rounded(r)) F1=\(rounded(f1)) (tp \(tpP)/\(pred) pred, \(tpR)/\(gold) gold)" }
    func rounded(_ x: Double) -> String { String(format: "%.3f", x) }
}

/// A Swift port of shared/tools/score.py: queries a graph with the evaluation profile's patterns
/// and compares the answers with the gold annotations, metric by metric.
struct Scorer {
    struct GoldEntity {
        let gid: String
        let name: String
        let optional: Bool
        let keys: Set<String>
        let nameKeys: Set<String>
        init(_ gid: String, _ name: String, _ forms: [String], _ optional: Bool) {
            self.gid = gid
            self.name = name
            self.optional = optional
            keys = NameKeys.gold(forms)
            nameKeys = NameKeys.variants(name)
        }
    }

    struct Result {
        var persons = PRF(), organizations = PRF(), countries = PRF(), meetings = PRF(), posts = PRF(), quotes = PRF()
        var dateOK = 0, dateN = 0, publishedOK = 0, articles = 0
        var identityGood = 0, identityN = 0
        var explain: [String] = []
        var dates: Double { dateN > 0 ? Double(dateOK) / Double(dateN) : 0 }
        var identity: Double { identityN > 0 ? Double(identityGood) / Double(identityN) : 0 }
        var summary: String {
            func f(_ x: Double) -> String { String(format: "%.2f", x) }
            return "extraction: persons F1=\(f(persons.f1)) orgs F1=\(f(organizations.f1)) countries F1=\(f(countries.f1)) "
                + "meetings F1=\(f(meetings.f1)) dates=\(f(dates)) posts F1=\(f(posts.f1)) quotes F1=\(f(quotes.f1)) identity=\(f(identity))"
        }
    }

    /// Maximum bipartite matching (Kuhn); `rightOK` lists acceptable rights in preference order.
    static func maxMatching<L: Hashable, R: Hashable>(_ left: [L], _ rightOK: (L) -> [R]) -> [L: R] {
        var matchR: [R: L] = [:]
        func tryL(_ l: L, _ seen: inout Set<R>) -> Bool {
            for r in rightOK(l) where !seen.contains(r) {
                seen.insert(r)
                if let other = matchR[r] {
                    if tryL(other, &seen) { matchR[r] = l; return true }
                } else {
                    matchR[r] = l
                    return true
                }
            }
            return false
        }
        for l in left {
            var seen = Set<R>()
            _ = tryL(l, &seen)
        }
        return Dictionary(uniqueKeysWithValues: matchR.map { ($0.value, $0.key) })
    }

    static func matchEntities(_ gold: [GoldEntity], _ pred: [String: Set<String>])
        -> (tp: Int, npred: Int, ngold: Int, assign: [String: GoldEntity])
    {
        let pk = pred.mapValues { NameKeys.predicted($0) }
        let nodes = pred.keys.sorted()
        var gmap: [String: GoldEntity] = [:]
        for g in gold { gmap[g.gid] = g }
        func cands(_ gid: String, _ pool: [String]) -> [String] {
            let ge = gmap[gid]!
            let ok = pool.filter { !pk[$0]!.isDisjoint(with: ge.keys) }
            return ok.sorted { a, b in
                let ra = pred[a]!.contains { !NameKeys.variants($0).isDisjoint(with: ge.nameKeys) } ? 0 : 1
                let rb = pred[b]!.contains { !NameKeys.variants($0).isDisjoint(with: ge.nameKeys) } ? 0 : 1
                return ra != rb ? ra < rb : a < b
            }
        }
        let req = gold.filter { !$0.optional }.map(\.gid)
        let opt = gold.filter { $0.optional }.map(\.gid)
        let m1 = maxMatching(req) { cands($0, nodes) }
        let used = Set(m1.values)
        let m2 = maxMatching(opt) { cands($0, nodes.filter { !used.contains($0) }) }
        var assign: [String: GoldEntity] = [:]
        for (gid, n) in m1 { assign[n] = gmap[gid] }
        for (gid, n) in m2 { assign[n] = gmap[gid] }
        return (m1.count, nodes.count - m2.count, req.count, assign)
    }

    static func resolve(_ names: Set<String>, _ gold: [GoldEntity]) -> String? {
        let keys = NameKeys.predicted(names)
        for g in gold.sorted(by: { !$0.optional && $1.optional }) where !keys.isDisjoint(with: g.keys) { return g.gid }
        return nil
    }

    static func score(_ graph: Graph, gold golds: [GoldArticle]) -> Result {
        let answers = ProfileAnswers(graph)
        var result = Result()
        var goldPosts: [String: (required: [Set<String>], optional: [Set<String>])] = [:]
        for gd in golds {
            for p in gd.persons {
                for ps in p.posts {
                    let keys = NameKeys.titleKeys([ps.title] + ps.aliases)
                    if p.optional || ps.optional { goldPosts[p.id, default: ([], [])].optional.append(keys) }
                    else { goldPosts[p.id, default: ([], [])].required.append(keys) }
                }
            }
        }
        var ident: [String: [String: String]] = [:]   // gid → article → node

        for gd in golds {
            let aid = gd.article
            let anodes = answers.articles[aid] ?? []
            if !anodes.isEmpty { result.articles += 1 }
            let gp = gd.persons.map { GoldEntity($0.id, $0.name, [$0.name] + $0.aliases, $0.optional) }
            let go = gd.organizations.map { GoldEntity($0.id, $0.name, [$0.name] + $0.aliases, $0.optional) }
            let gc = gd.countries.map { c -> GoldEntity in
                let forms = NameKeys.countryForms(c.name)
                return GoldEntity("country:" + NameKeys.norm(forms[0]), c.name, forms, c.optional)
            }
            var assigns: [String: [String: GoldEntity]] = [:]
            var preds: [String: [String: Set<String>]] = [:]
            for (kind, gl) in [("persons", gp), ("organizations", go), ("countries", gc)] {
                var pred: [String: Set<String>] = [:]
                for a in anodes { for (x, ns) in answers.mentions[kind]?[a] ?? [:] { pred[x, default: []].formUnion(ns) } }
                let (tp, npred, ngold, assign) = matchEntities(gl, pred)
                switch kind {
                case "persons": result.persons.add(tp, npred, tp, ngold)
                case "organizations": result.organizations.add(tp, npred, tp, ngold)
                default: result.countries.add(tp, npred, tp, ngold)
                }
                assigns[kind] = assign
                preds[kind] = pred
                for (node, ge) in assign where !ge.optional { ident["\(kind)|\(ge.gid)", default: [:]][aid] = node }
                let matched = Set(assign.values.map(\.gid))
                let missed = gl.filter { !$0.optional && !matched.contains($0.gid) }.map(\.name)
                let fps = pred.keys.filter { assign[$0] == nil }.map { pred[$0]!.sorted().joined(separator: " | ") }.sorted()
                if !missed.isEmpty || !fps.isEmpty { result.explain.append("\(aid) \(kind): missed=\(missed) fp=\(fps)") }
            }
            let pAssign = assigns["persons"]!
            let oAssign = assigns["organizations"]!
            func personGid(_ node: String) -> String {
                if let g = pAssign[node] { return g.gid }
                return resolve(answers.names[node] ?? [], gp) ?? "pred:" + node
            }
            func speakerGid(_ node: String) -> String {
                if let g = pAssign[node] { return g.gid }
                if let g = oAssign[node] { return g.gid }
                let nm = answers.names[node] ?? []
                return resolve(nm, gp) ?? resolve(nm, go) ?? "pred:" + node
            }

            // Meetings.
            var name2id: [String: String] = [:]
            for p in gd.persons { name2id[p.name] = p.id }
            var reqPairs: [[String]: [Set<String?>]] = [:]
            var accepted = Set<[String]>()
            for ev in gd.events {
                let also = Set(ev.alsoPresent.compactMap { name2id[$0] })
                let ids = Set(ev.attendees.compactMap { name2id[$0] }).union(also).sorted()
                for i in 0..<ids.count {
                    for j in (i + 1)..<max(i + 1, ids.count) where j < ids.count {
                        let pair = [ids[i], ids[j]]
                        if ev.optional || also.contains(ids[i]) || also.contains(ids[j]) { accepted.insert(pair) }
                        else { reqPairs[pair, default: []].append(ev.dates) }
                    }
                }
            }
            var predPairs: [[String]: [String?]] = [:]
            for a in anodes {
                for (_, entry) in answers.events[a] ?? [:] {
                    let ids = Set(entry.attendees.map(personGid)).sorted()
                    let d = entry.dates.min()
                    for i in 0..<ids.count {
                        for j in (i + 1)..<max(i + 1, ids.count) where j < ids.count { predPairs[[ids[i], ids[j]], default: []].append(d) }
                    }
                }
            }
            var tp = 0, npred = 0
            var missedPairs: [String] = [], fpPairs: [String] = []
            for (pair, pdates) in predPairs {
                let gdates = reqPairs[pair] ?? []
                let k = min(gdates.count, pdates.count)
                tp += k
                npred += k + (accepted.contains(pair) ? 0 : pdates.count - k)
                if !accepted.contains(pair) && pdates.count > k { fpPairs.append(pair.joined(separator: " ~ ")) }
                if k > 0 {
                    let mm = maxMatching(Array(0..<pdates.count)) { i in gdates.indices.filter { gdates[$0].contains(pdates[i]) } }
                    result.dateOK += min(mm.count, k)
                    result.dateN += k
                }
            }
            for (pair, v) in reqPairs where v.count > (predPairs[pair]?.count ?? 0) { missedPairs.append(pair.joined(separator: " ~ ")) }
            let ngold = reqPairs.values.reduce(0) { $0 + $1.count }
            result.meetings.add(tp, npred, tp, ngold)
            if !missedPairs.isEmpty || !fpPairs.isEmpty {
                result.explain.append("\(aid) meetings: missed=\(missedPairs.sorted()) fp=\(fpPairs.sorted())")
            }

            // Posts.
            let goldArtPosts: [(String, Set<String>, String)] = gd.persons.filter { !$0.optional }.flatMap { p in
                p.posts.filter { !$0.optional }.map { (p.id, NameKeys.titleKeys([$0.title] + $0.aliases), $0.title) }
            }
            var predPosts = Set<PredPost>()
            for node in preds["persons"]!.keys {
                if let g = pAssign[node], g.optional { continue }
                let pid = personGid(node)
                for (_, entry) in answers.holds[node] ?? [:] {
                    predPosts.insert(PredPost(pid: pid, keys: NameKeys.titleKeys(entry.labels), shown: entry.labels.sorted().joined(separator: " | ")))
                }
            }
            let tpR = goldArtPosts.filter { g in predPosts.contains { $0.pid == g.0 && !$0.keys.isDisjoint(with: g.1) } }.count
            var tpP = 0, nPred = 0
            var postFP: [String] = []
            for pp in predPosts {
                let (req, opt) = goldPosts[pp.pid] ?? ([], [])
                if req.contains(where: { !pp.keys.isDisjoint(with: $0) }) { tpP += 1; nPred += 1 }
                else if opt.contains(where: { !pp.keys.isDisjoint(with: $0) }) { continue }
                else { nPred += 1; postFP.append("\(pp.pid): \(pp.shown)") }
            }
            result.posts.add(tpP, nPred, tpR, goldArtPosts.count)
            let postMissed = goldArtPosts.filter { g in !predPosts.contains { $0.pid == g.0 && !$0.keys.isDisjoint(with: g.1) } }
                .map { "\($0.0): \($0.2)" }
            if !postMissed.isEmpty || !postFP.isEmpty { result.explain.append("\(aid) posts: missed=\(postMissed.sorted()) fp=\(postFP.sorted())") }

            // Quotes.
            var byName: [String: String] = [:]
            for p in gd.persons { byName[p.name] = p.id }
            for o in gd.organizations { byName[o.name] = o.id }
            let gq = gd.quotes.map { (byName[$0.speaker] ?? "name:" + NameKeys.norm($0.speaker), $0.text) }
            var pq: [(Set<String>, [String])] = []
            for a in anodes {
                for (_, entry) in answers.quotes[a] ?? [:] where !entry.texts.isEmpty {
                    pq.append((Set(entry.creators.map(speakerGid)), entry.texts.sorted()))
                }
            }
            var cand: [(Double, Int, Int)] = []
            for (gi, g) in gq.enumerated() {
                for (pi, p) in pq.enumerated() where p.0.contains(g.0) {
                    cand.append((p.1.map { NameKeys.dice(g.1, $0) }.max() ?? 0, gi, pi))
                }
            }
            cand.sort { ($0.0, $0.1, $0.2) > ($1.0, $1.1, $1.2) }
            var usedG = Set<Int>(), usedP = Set<Int>()
            for (sc, gi, pi) in cand {
                if sc < 0.8 { break }
                if !usedG.contains(gi) && !usedP.contains(pi) { usedG.insert(gi); usedP.insert(pi) }
            }
            result.quotes.add(usedG.count, pq.count, usedG.count, gq.count)
            if usedG.count < gq.count || usedP.count < pq.count {
                result.explain.append("\(aid) quotes: missed=\(gq.indices.filter { !usedG.contains($0) }.map { "\(gq[$0].0): \(gq[$0].1.prefix(60))" }) "
                    + "fp=\(pq.indices.filter { !usedP.contains($0) }.map { "\(pq[$0].0.sorted()): \(pq[$0].1[0].prefix(60))" })")
            }

            // datePublished.
            let pdp = anodes.flatMap { answers.published[$0] ?? [] }
            let ok: Bool
            if anodes.isEmpty { ok = false }
            else if let gdp = gd.datePublished {
                ok = pdp.contains { ProfileAnswers.lexicalDate($0.lexicalForm) == gdp && ($0.datatype == XSD.date || $0.datatype == XSD.dateTime) }
            } else { ok = pdp.isEmpty }
            if ok { result.publishedOK += 1 }
        }

        // Identity (persons): gold persons annotated in 2+ articles matched to one IRI in all,
        // IRIs joined by owl:sameAs (either way, transitively) counting as one, as score.py does.
        var articlesOf: [String: Set<String>] = [:]
        for gd in golds { for p in gd.persons where !p.optional { articlesOf[p.id, default: []].insert(gd.article) } }
        let same = Self.sameAsClasses(graph)
        for (gid, arts) in articlesOf where arts.count >= 2 {
            result.identityN += 1
            let nodes = arts.map { ident["persons|\(gid)"]?[$0].map(same) }
            if nodes.allSatisfy({ $0?.hasPrefix("<") ?? false }), Set(nodes).count == 1 { result.identityGood += 1 }
        }
        return result
    }

    /// Node key → the least key of the nodes `owl:sameAs` joins it with (score.py's union-find).
    static func sameAsClasses(_ graph: Graph) -> (String) -> String {
        var parent: [String: String] = [:]
        func root(_ node: String) -> String {
            var r = node
            while let p = parent[r], p != r { r = p }
            return r
        }
        for triple in graph where triple.predicate == OWL.sameAs {
            guard let x = ProfileAnswers.key(triple.subject), let y = ProfileAnswers.key(triple.object),
                x.hasPrefix("<") || x.hasPrefix("_:"), y.hasPrefix("<") || y.hasPrefix("_:")
            else { continue }
            let rx = root(x), ry = root(y)
            if rx != ry { parent[max(rx, ry)] = min(rx, ry) }
        }
        return { root($0) }
    }

    struct PredPost: Hashable { let pid: String; let keys: Set<String>; let shown: String }
}
