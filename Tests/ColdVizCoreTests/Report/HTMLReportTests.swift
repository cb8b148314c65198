import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

/// The HTML page of `coldviz report`, rendered from an analysis of the fixture experiment and
/// small hand-made SVGs: structure, escaping, marks and determinism.
@Suite("HTML report page")
struct HTMLReportTests {
    static let analysis = analyzeForTest([FixturePaths.fixture("experiment/formats/text")])

    /// A minimal SVG in Cairo's shape: an XML declaration, ids and references to them.
    static func svg(_ label: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100pt" height="50pt" viewBox="0 0 100 50">
        <defs><clipPath id="clip1"><rect x="0" y="0" width="100" height="50"/></clipPath></defs>
        <g clip-path="url(#clip1)"><rect x="1" y="1" width="10" height="10" fill="rgb(0%,0%,0%)"/><use xlink:href="#clip1"/></g>
        <!-- \(label) -->
        </svg>

        """
    }

    static func content(charts: [ReportChart], title: String = "t") -> ReportContent {
        ReportContent(
            analysis: analysis, chartGroupBy: [.method], charts: charts,
            skippedCharts: ["phases: no invocation has an X-Ray trace"],
            provenance: ReportProvenance(version: "9.9.9", commandLine: "coldviz report 'a b' -o r.html"))
    }

    @Test("the five markup characters become character references")
    func escaping() {
        #expect(HTMLText.escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(HTMLText.escape("\"&'") == "&quot;&amp;&#39;")
        #expect(HTMLText.escape("zip_layers 3.9 ✓") == "zip_layers 3.9 ✓")
        #expect(HTMLText.anchor("Heatmap p50: method/memory") == "heatmap-p50-method-memory")
    }

    @Test("a page with two charts is well-formed, ids are unique, both themes of each chart are inline")
    func structure() throws {
        let charts = ["a", "b"].map {
            ReportChart(
                kind: "ecdf", name: "ecdf-\($0)", title: "T \($0)", caption: "n = 3.", lightSVG: Self.svg($0),
                darkSVG: Self.svg($0))
        }
        let html = HTMLReport.render(Self.content(charts: charts))
        let page = try #require(HTMLPageElements.parse(html), "the page parses as XML")
        #expect(page.figures.map(\.id) == ["chart-ecdf-a", "chart-ecdf-b"])
        #expect(page.figures.allSatisfy { $0.svgs == 2 })
        #expect(Set(page.ids).count == page.ids.count, "no id appears twice: \(page.ids)")
        // Every reference points at an id of the same chart and theme.
        for prefix in ["c0l-", "c0d-", "c1l-", "c1d-"] {
            #expect(page.ids.contains(prefix + "clip1"))
            #expect(html.contains("url(#\(prefix)clip1)") && html.contains("xlink:href=\"#\(prefix)clip1\""))
        }
        #expect(!html.contains("<?xml"), "the XML declarations are dropped")
        for section in ["input", "statistics", "charts", "method"] { #expect(page.ids.contains(section)) }
        #expect(!page.ids.contains("check"), "no baseline, no check section")
        #expect(page.text.contains("coldviz report 'a b' -o r.html") && page.text.contains("9.9.9"))
        #expect(page.text.contains("Not drawn: phases: no invocation has an X-Ray trace."))
    }

    @Test("no script, no external resource, no time unless asked")
    func selfContained() throws {
        let chart = ReportChart(kind: "box", name: "box", title: "B", caption: "c", lightSVG: Self.svg("x"))
        let html = HTMLReport.render(Self.content(charts: [chart]))
        let page = try #require(HTMLPageElements.parse(html))
        for element in ["script", "link", "img", "iframe", "object", "embed"] { #expect(!page.names.contains(element)) }
        #expect(!html.contains("src="))
        let external = html.components(separatedBy: "http").dropFirst().filter { !$0.hasPrefix("://www.w3.org/") }
        #expect(external.isEmpty, "only XML namespace names mention http")
        #expect(HTMLReport.render(Self.content(charts: [chart])) == html)
        var stamped = Self.content(charts: [chart])
        stamped.provenance.timestamp = "2026-01-02T03:04:05Z"
        #expect(HTMLReport.render(stamped).contains("made 2026-01-02T03:04:05Z"))
        #expect(!html.contains("made 20"))
    }

    @Test("every low-sample percentile of analyze's table is marked, and the mark is explained")
    func lowSampleMarks() throws {
        let html = HTMLReport.render(Self.content(charts: []))
        let table = AnalysisTables.coldStarts(Self.analysis)
        let marked = table.rows.joined().filter { $0.hasSuffix("*") }.count
        let invocationMarks = AnalysisTables.invocations(Self.analysis).rows.joined().filter { $0.hasSuffix("*") }.count
        #expect(marked > 0)
        #expect(html.components(separatedBy: "<sup title=").count - 1 == marked + invocationMarks)
        #expect(html.contains("p50 needs 20, p90 needs 100, p95 needs 200, p99 needs 1,000"))
        let page = try #require(HTMLPageElements.parse(html))
        #expect(page.text.contains("fewer samples than 10/(1−p)"))
    }

    @Test("chart titles, captions and SVG labels from the logs are escaped")
    func hostileNames() throws {
        let name = "<script>alert(1)</script>\"&'"
        let chart = ReportChart(
            kind: "distribution\"><b>", name: name, title: name, caption: "group \(name) n = 1.", lightSVG: Self.svg(name))
        let html = HTMLReport.render(Self.content(charts: [chart]))
        let page = try #require(HTMLPageElements.parse(html))
        #expect(!page.names.contains("script") && !page.names.contains("b"))
        #expect(page.text.contains(name))
        #expect(html.lowercased().components(separatedBy: "<script").count == 1)
    }

    @Test("an SVG with active content is refused and replaced by a note")
    func activeSVG() throws {
        #expect(throws: InlineSVG.Rejection.activeContent("<script")) {
            try InlineSVG.embed("<svg><script>x()</script></svg>", idPrefix: "p", title: "", description: "")
        }
        #expect(throws: InlineSVG.Rejection.activeContent("onload")) {
            try InlineSVG.embed("<svg onload =\"x()\"></svg>", idPrefix: "p", title: "", description: "")
        }
        #expect(throws: InlineSVG.Rejection.noSVGElement) {
            try InlineSVG.embed("<html/>", idPrefix: "p", title: "", description: "")
        }
        let bad = ReportChart(kind: "box", name: "box", title: "B", caption: "c", lightSVG: "<svg><script>x()</script></svg>")
        let html = HTMLReport.render(Self.content(charts: [bad]))
        #expect(html.contains("This chart could not be embedded: the SVG holds active content (&lt;script)"))
        #expect(!html.contains("x()"))
    }
}

/// The lifecycle table and the group names of the page's tables.
@Suite("HTML report tables")
struct HTMLReportTableTests {
    @Test("lifecycle columns appear only for what the data has: SnapStart restores here, nothing in the experiment")
    func lifecycle() throws {
        #expect(HTMLReport.lifecycleTable(HTMLReportTests.analysis) == nil)
        let snapStart = analyzeForTest([
            FixturePaths.realSample("a_docwho2-java-connect-lex-chatgpt_README_sam-logs-tail_SnapStart.txt")
        ])
        let restores = snapStart.groups.reduce(0) { $0 + $1.restores }
        #expect(restores > 0)
        let t = try #require(HTMLReport.lifecycleTable(snapStart))
        #expect(t.headers.contains("restores") && t.headers.contains("restore p50"))
        #expect(!t.headers.contains("suppressed-init") && !t.headers.contains("failed inits"))
        let column = try #require(t.headers.firstIndex(of: "restores"))
        let listed: [Int] = t.rows.map { row in Int(row[column]) ?? -1 }
        #expect(listed.reduce(0, +) == restores)
    }

    @Test("group names are shown in full, not shortened as on a terminal")
    func fullNames() throws {
        let snapStart = analyzeForTest([
            FixturePaths.realSample("a_docwho2-java-connect-lex-chatgpt_README_sam-logs-tail_SnapStart.txt")
        ])
        let name = try #require(snapStart.groups.first?.key.first?.value)
        #expect(name.count > 32, "long enough for the terminal table to shorten it")
        #expect(AnalysisTables.coldStarts(snapStart).rows[0][0] != name)
        let table = HTMLReport.fullKeys(AnalysisTables.coldStarts(snapStart), snapStart)
        #expect(table.rows[0][0] == name)
    }
}

/// The style rules the page's promises rest on: dark scheme, narrow screens, print.
@Suite("HTML report style")
struct HTMLReportStyleTests {
    @Test(
        "dark scheme, scrolling tables, fluid charts, charts kept whole in print",
        arguments: [
            "@media (prefers-color-scheme:dark)", ".table-wrap{overflow-x:auto", "height:auto", "max-width:100%",
            "figure.chart{margin:1.5em 0;padding:0;break-inside:avoid", "@media print",
            "name=\"viewport\" content=\"width=device-width, initial-scale=1\"",
        ])
    func rule(_ text: String) {
        let html = HTMLReport.render(
            ReportContent(
                analysis: HTMLReportTests.analysis, chartGroupBy: [.method], charts: [],
                provenance: ReportProvenance(version: "1", commandLine: "coldviz report")))
        #expect(html.contains(text))
    }
}

/// Billed GB-seconds per group.
@Suite("Billed compute")
struct BilledComputeTests {
    @Test("totals add up to Σ billed s × memory GB over the invocations; cold starts' part within; groups in analyze's order")
    func totals() throws {
        let a = HTMLReportTests.analysis
        let data = LabeledDataset(a.dataset, labeler: Labeler())
        let keys = a.groups.map { $0.key.map(\.value) }
        let groups = BilledCompute.groups(data, by: a.groupBy, keys: keys)
        #expect(groups.map(\.key) == keys)
        var expected = 0.0, expectedCold = 0.0, billed = 0
        for inv in a.dataset.invocations {
            guard let b = inv.report.billedDurationMilliseconds, let m = inv.report.memorySizeMegabytes else { continue }
            billed += 1
            expected += b * Double(m) / 1_024_000
            if inv.category == .cold { expectedCold += b * Double(m) / 1_024_000 }
        }
        #expect(billed > 0 && expectedCold > 0)
        #expect(groups.reduce(0) { $0 + $1.billedInvocations } == billed)
        #expect(abs(groups.reduce(0) { $0 + $1.gigabyteSeconds } - expected) < 1e-9 * expected)
        #expect(abs(groups.reduce(0) { $0 + $1.coldGigabyteSeconds } - expectedCold) < 1e-9 * expected)
        #expect(groups.allSatisfy { $0.coldGigabyteSeconds <= $0.gigabyteSeconds })
        let html = HTMLReport.render(
            ReportContent(
                analysis: a, chartGroupBy: [.method], charts: [], billedCompute: groups,
                provenance: ReportProvenance(version: "1", commandLine: "c")))
        #expect(html.contains("<h3>Billed compute</h3>"))
        let none = HTMLReport.render(
            ReportContent(
                analysis: a, chartGroupBy: [.method], charts: [], provenance: ReportProvenance(version: "1", commandLine: "c")))
        #expect(!none.contains("Billed compute"))
    }
}
