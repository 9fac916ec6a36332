import Articles
import Extraction
import Foundation
import TestSupport

/// Compares an ``ExtractedArticle`` with a gold JSON annotation using the rules of
/// `shared/tools/score.py` (name normalization, title stripping, one-to-one matching, meeting pairs,
/// dates, posts, quotes), without the RDF layer.
struct GoldScorer {
    struct Counts: CustomStringConvertible {
        var tp = 0, predicted = 0, gold = 0
        var tpRecall = 0
        var precision: Double { predicted == 0 ? 1 : Double(tp) / Double(predicted) }
        var recall: Double { gold == 0 ? 1 : Double(tpRecall) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        mutating func add(_ o: Counts) { tp += o.tp; predicted += o.predicted; gold += o.gold; tpRecall += o.tpRecall }
        var description: String { String(format: "P=%.2f R=%.2f F1=%.2f (%d/%d/%d)", precision, recall, f1, tp, predicted, gold) }
    }

    struct Report {
        var persons = Counts(), organizations = Counts(), countries = Counts(), meetings = Counts(), posts = Counts(), quotes = Counts()
        var datesOK = 0, datesN = 0
        var problems: [String] = []
        var dates: Double { datesN == 0 ? 1 : Double(datesOK) / Double(datesN) }
        mutating func add(_ o: Report) {
            persons.add(o.persons); organizations.add(o.organizations); countries.add(o.countries); meetings.add(o.meetings)
            posts.add(o.posts); quotes.add(o.quotes); datesOK += o.datesOK; datesN += o.datesN; problems += o.problems
        }
        var summary: String {
            "persons \(persons)\norgs \(organizations)\ncountries \(countries)\nmeetings \(meetings)\ndates \(String(format: "%.2f", dates)) (\(datesOK)/\(datesN))\nposts \(posts)\nquotes \(quotes)"
        }
    }

    // MARK: matching

    struct GoldEntity {
        var id: String, name: String, keys: Set<String>, optional: Bool
    }

    /// Kuhn's maximum bipartite matching; returns left → right.
    static func maxMatching(_ left: [Int], _ ok: (Int) -> [Int]) -> [Int: Int] {
        var matchR: [Int: Int] = [:]
        func tryL(_ l: Int, _ seen: inout Set<Int>) -> Bool {
            for r in ok(l) where !seen.contains(r) {
                seen.insert(r)
                if matchR[r] == nil || tryL(matchR[r]!, &seen) { matchR[r] = l; return true }
            }
            return false
        }
        for l in left { var seen = Set<Int>(); _ = tryL(l, &seen) }
        var result: [Int: Int] = [:]
        for (r, l) in matchR { result[l] = r }
        return result
    }

    /// Matches predicted names to gold entities; returns counts and node → gold index.
    static func matchEntities(_ gold: [GoldEntity], _ pred: [[String]], kind: String, problems: inout [String]) -> (Counts, [Int: Int]) {
        let pk = pred.map { NameKeys.predicted($0) }
        let req = gold.indices.filter { !gold[$0].optional }
        let opt = gold.indices.filter { gold[$0].optional }
        let m1 = maxMatching(req) { g in pred.indices.filter { !pk[$0].isDisjoint(with: gold[g].keys) } }
        let used = Set(m1.values)
        let m2 = maxMatching(opt) { g in pred.indices.filter { !used.contains($0) && !pk[$0].isDisjoint(with: gold[g].keys) } }
        var assign: [Int: Int] = [:]
        for (g, n) in m1 { assign[n] = g }
        for (g, n) in m2 { assign[n] = g }
        let c = Counts(tp: m1.count, predicted: pred.count - m2.count, gold: req.count, tpRecall: m1.count)
        for g in req where m1[g] == nil { problems.append("\(kind) missed: \(gold[g].name)") }
        for n in pred.indices where assign[n] == nil { problems.append("\(kind) false: \(pred[n].joined(separator: " | "))") }
        return (c, assign)
    }

    // MARK: scoring one article

    static func score(_ x: ExtractedArticle, gold g: [String: Any], allGold: [[String: Any]]) -> Report {
        var report = Report()
        let aid = g["article"] as? String ?? ""
        func goldID(_ e: [String: Any]) -> String { (e["id"] as? String) ?? NameKeys.norm(e["name"] as? String ?? "") }
        let gPersons = (g["persons"] as? [[String: Any]]) ?? []
        let gOrgs = (g["organizations"] as? [[String: Any]]) ?? []
        let gp = gPersons.map { p in GoldEntity(id: goldID(p), name: p["name"] as! String, keys: NameKeys.gold([p["name"] as! String] + ((p["aliases"] as? [String]) ?? [])), optional: p["optional"] as? Bool ?? false) }
        let go = gOrgs.map { o in GoldEntity(id: goldID(o), name: o["name"] as! String, keys: NameKeys.gold([o["name"] as! String] + ((o["aliases"] as? [String]) ?? [])), optional: o["optional"] as? Bool ?? false) }
        let gc: [GoldEntity] = ((g["countries"] as? [Any]) ?? []).map { c in
            if let s = c as? String { return GoldEntity(id: "country:" + NameKeys.norm(NameKeys.countryForms(s)[0]), name: s, keys: NameKeys.gold(NameKeys.countryForms(s)), optional: false) }
            let d = c as! [String: Any]
            let s = d["name"] as! String
            return GoldEntity(id: "country:" + NameKeys.norm(NameKeys.countryForms(s)[0]), name: s, keys: NameKeys.gold(NameKeys.countryForms(s)), optional: d["optional"] as? Bool ?? false)
        }
        var problems: [String] = []
        let (pc, pAssign) = matchEntities(gp, x.persons.map { [$0.name] }, kind: "person", problems: &problems)
        let (oc, oAssign) = matchEntities(go, x.organizations.map { [$0.name] }, kind: "org", problems: &problems)
        let (cc, _) = matchEntities(gc, x.countries.map { [$0.name] }, kind: "country", problems: &problems)
        report.persons = pc; report.organizations = oc; report.countries = cc

        func resolve(_ names: [String], _ gold: [GoldEntity]) -> String? {
            let keys = NameKeys.predicted(names)
            for e in gold.sorted(by: { !$0.optional && $1.optional }) where !keys.isDisjoint(with: e.keys) { return e.id }
            return nil
        }
        var personGID: [String: String] = [:]
        for (i, p) in x.persons.enumerated() {
            personGID[p.key] = pAssign[i].map { gp[$0].id } ?? resolve([p.name], gp) ?? "pred:" + p.key
        }
        // Meetings.
        var name2id: [String: String] = [:]
        for p in gPersons { name2id[p["name"] as! String] = goldID(p) }
        var reqPairs: [[String]: [Set<String?>]] = [:]
        var accepted = Set<[String]>()
        for ev in (g["events"] as? [[String: Any]]) ?? [] {
            let also = Set(((ev["alsoPresent"] as? [String]) ?? []).compactMap { name2id[$0] })
            let ids = Array(Set(((ev["attendees"] as? [String]) ?? []).compactMap { name2id[$0] }).union(also)).sorted()
            var dates: Set<String?> = [ev["date"] as? String]
            for a in (ev["dateAlternatives"] as? [Any]) ?? [] { dates.insert(a as? String) }
            for i in ids.indices { for j in (i + 1)..<ids.count {
                let pr = [ids[i], ids[j]]
                if (ev["optional"] as? Bool ?? false) || !also.isDisjoint(with: pr) { accepted.insert(pr) } else { reqPairs[pr, default: []].append(dates) }
            } }
        }
        var predPairs: [[String]: [String?]] = [:]
        for e in x.events {
            let ids = Array(Set(e.attendeeKeys.map { personGID[$0] ?? "pred:" + $0 })).sorted()
            for i in ids.indices { for j in (i + 1)..<ids.count { predPairs[[ids[i], ids[j]], default: []].append(e.date?.description) } }
        }
        var mc = Counts()
        for (pr, pdates) in predPairs {
            let gdates = reqPairs[pr] ?? []
            let k = min(gdates.count, pdates.count)
            mc.tp += k
            mc.tpRecall += k
            mc.predicted += k + (accepted.contains(pr) ? 0 : pdates.count - k)
            if pdates.count > k && !accepted.contains(pr) { problems.append("meeting false: \(pr.joined(separator: " ~ ")) x\(pdates.count - k)") }
            if k > 0 {
                let mm = maxMatching(Array(pdates.indices)) { i in gdates.indices.filter { gdates[$0].contains(pdates[i]) } }
                let ok = min(mm.count, k)
                report.datesOK += ok
                report.datesN += k
                if ok < k { problems.append("date wrong: \(pr.joined(separator: " ~ ")) predicted \(pdates.map { $0 ?? "nil" }) gold \(gdates.map { $0.map { $0 ?? "nil" } })") }
            }
        }
        mc.gold = reqPairs.values.reduce(0) { $0 + $1.count }
        for (pr, v) in reqPairs where v.count > (predPairs[pr]?.count ?? 0) { problems.append("meeting missed: \(pr.joined(separator: " ~ "))") }
        report.meetings = mc

        // Posts.
        var goldPosts: [String: [Set<String>]] = [:]
        for gd in allGold {
            for p in (gd["persons"] as? [[String: Any]]) ?? [] {
                for ps in (p["posts"] as? [[String: Any]]) ?? [] where !(ps["optional"] as? Bool ?? false) {
                    goldPosts[goldID(p), default: []].append(NameKeys.titleKeys([ps["title"] as! String] + ((ps["aliases"] as? [String]) ?? [])))
                }
            }
        }
        var goldOptionalPosts: [String: [Set<String>]] = [:]
        for gd in allGold {
            for p in (gd["persons"] as? [[String: Any]]) ?? [] {
                for ps in (p["posts"] as? [[String: Any]]) ?? [] where ps["optional"] as? Bool ?? false {
                    goldOptionalPosts[goldID(p), default: []].append(NameKeys.titleKeys([ps["title"] as! String] + ((ps["aliases"] as? [String]) ?? [])))
                }
            }
        }
        let goldArticlePosts: [(String, Set<String>, String)] = gPersons.filter { !($0["optional"] as? Bool ?? false) }.flatMap { p in
            ((p["posts"] as? [[String: Any]]) ?? []).filter { !($0["optional"] as? Bool ?? false) }.map { ps in
                (goldID(p), NameKeys.titleKeys([ps["title"] as! String] + ((ps["aliases"] as? [String]) ?? [])), ps["title"] as! String)
            }
        }
        let predPosts = x.posts.map { (personGID[$0.holderKey] ?? "pred:" + $0.holderKey, NameKeys.titleKeys([$0.title]), $0.title) }
        var postc = Counts()
        postc.gold = goldArticlePosts.count
        postc.tpRecall = goldArticlePosts.filter { gpst in predPosts.contains { $0.0 == gpst.0 && !$0.1.isDisjoint(with: gpst.1) } }.count
        for gpst in goldArticlePosts where !predPosts.contains(where: { $0.0 == gpst.0 && !$0.1.isDisjoint(with: gpst.1) }) {
            problems.append("post missed: \(gpst.0): \(gpst.2)")
        }
        for (pid, keys, shown) in predPosts {
            if (goldPosts[pid] ?? []).contains(where: { !$0.isDisjoint(with: keys) }) { postc.tp += 1; postc.predicted += 1 }
            else if (goldOptionalPosts[pid] ?? []).contains(where: { !$0.isDisjoint(with: keys) }) { continue }
            else { postc.predicted += 1; problems.append("post false: \(pid): \(shown)") }
        }
        report.posts = postc

        // Quotes.
        var byName: [String: String] = [:]
        for e in gPersons + gOrgs { byName[e["name"] as! String] = goldID(e) }
        let gq = ((g["quotes"] as? [[String: Any]]) ?? []).map { (byName[$0["speaker"] as! String] ?? "name:" + NameKeys.norm($0["speaker"] as! String), $0["text"] as! String) }
        var orgGID: [String: String] = [:]
        for (i, o) in x.organizations.enumerated() { orgGID[o.key] = oAssign[i].map { go[$0].id } ?? resolve([o.name], gp) ?? resolve([o.name], go) ?? "pred:" + o.key }
        let pq: [(String, String)] = x.quotations.map { q in
            switch q.speaker {
            case .person(let k): return (personGID[k] ?? "pred:" + k, q.text)
            case .organization(let k): return (orgGID[k] ?? "pred:" + k, q.text)
            default: return ("?", q.text)
            }
        }
        var cands: [(Double, Int, Int)] = []
        for (gi, gq1) in gq.enumerated() { for (pi, pq1) in pq.enumerated() where gq1.0 == pq1.0 { cands.append((NameKeys.dice(gq1.1, pq1.1), gi, pi)) } }
        cands.sort { $0.0 > $1.0 }
        var usedG = Set<Int>(), usedP = Set<Int>()
        for (sc, gi, pi) in cands where sc >= 0.8 && !usedG.contains(gi) && !usedP.contains(pi) { usedG.insert(gi); usedP.insert(pi) }
        report.quotes = Counts(tp: usedG.count, predicted: pq.count, gold: gq.count, tpRecall: usedG.count)
        for i in gq.indices where !usedG.contains(i) { problems.append("quote missed: \(gq[i].0): \(gq[i].1.prefix(50))") }
        for i in pq.indices where !usedP.contains(i) { problems.append("quote false: \(pq[i].0): \(pq[i].1.prefix(50))") }
        report.problems = problems.map { "\(aid): \($0)" }
        return report
    }
}
