import ColdVizPlot

/// Realistic and small inputs for the phases, imports and import-tree charts.
enum ExplainCharts {
    static let methods = ["image", "zip", "zip_layers"]
    static let colors = GroupColors(groups: methods)

    /// X-Ray phase p50s like the study's: Initialization 1,400-3,300 ms, Invocation 50-400 ms,
    /// Overhead 1-5 ms; one SnapStart group with Restore instead of Initialization; one small group.
    static func phases(statistic: String = "p50") -> PhasesChart {
        var data = SampleData(seed: 21)
        var groups: [PhasesChart.Group] = []
        for m in methods {
            for r in ["Python39", "Python311"] {
                let initMs =
                    m == "image"
                    ? data.normal(mean: 1450, sd: 60)
                    : m == "zip" ? data.normal(mean: 2950, sd: 60) : data.normal(mean: 3250, sd: 50)
                let n = m == "image" && r == "Python311" ? 6 : 100 + Int(data.nextUniform() * 80)
                groups.append(
                    .init(
                        name: "perf_\(m)_\(r)",
                        phases: [
                            .init(name: "Initialization", milliseconds: initMs),
                            .init(name: "Invocation", milliseconds: 50 + data.nextUniform() * 350),
                            .init(name: "Overhead", milliseconds: 1 + data.nextUniform() * 4),
                        ],
                        sampleCount: n))
            }
        }
        groups.append(
            .init(
                name: "perf_zip_Python312",
                phases: [
                    .init(name: "Restore", milliseconds: 640), .init(name: "Invocation", milliseconds: 180),
                    .init(name: "Overhead", milliseconds: 2.4),
                ],
                sampleCount: 48))
        return PhasesChart(groups: groups, statisticName: statistic, title: "Cold Start Phases (X-Ray), \(statistic)")
    }

    /// Per-module p95s (ms): pandas ~400, pyarrow ~210, numpy ~97, boto3 ~84, small ones and a
    /// long tail, cut to the top 6 plus "other"; zip_layers never imports pyarrow.
    static func imports() -> ImportsChart {
        var data = SampleData(seed: 22)
        let typical: [(String, Double)] = [
            ("pandas", 400), ("pyarrow", 210), ("numpy", 97), ("boto3", 84), ("aws_lambda_powertools", 38), ("requests", 21),
            ("json", 1.2), ("os", 0.05), ("sys", 0.02), ("urllib3", 9.5), ("dateutil", 7.2), ("pytz", 6.1), ("yaml", 4.4),
        ]
        let modules = typical.map { name, ms in
            var values: [String: Double] = [:]
            for m in methods where !(m == "zip_layers" && name == "pyarrow") {
                values[m] = ms * (m == "image" ? 0.92 : m == "zip" ? 1.0 : 1.07) * (1 + data.normal(mean: 0, sd: 0.04))
            }
            return ImportsChart.Module(name: name, valuesByGroup: values)
        }
        return ImportsChart(groups: methods, modules: ImportsChart.topModules(modules, count: 6), colors: colors)
    }

    /// An aggregated pandas / pyarrow / boto3 import tree (median cumulative ms).
    static func importTree(maxDepth: Int = 8) -> ImportTreeChart {
        ImportTreeChart(roots: tree(realisticTree), maxDepth: maxDepth)
    }

    /// "name self-ms" lines, two spaces of indentation per level (like `-X importtime`);
    /// cumulative = self + the children's cumulative.
    static func tree(_ text: String) -> [ImportTreeChart.Node] {
        var stack: [(depth: Int, node: ImportTreeChart.Node)] = []
        var roots: [ImportTreeChart.Node] = []
        func pop() {
            var last = stack.removeLast().node
            last.cumulativeMilliseconds += last.children.reduce(0) { $0 + $1.cumulativeMilliseconds }
            if stack.isEmpty { roots.append(last) } else { stack[stack.count - 1].node.children.append(last) }
        }
        for line in text.split(separator: "\n") {
            let depth = line.prefix { $0 == " " }.count / 2
            let parts = line.split(separator: " ")
            while let top = stack.last, top.depth >= depth { _ = top; pop() }
            let ms = Double(parts[1])!
            stack.append((depth, .init(name: String(parts[0]), cumulativeMilliseconds: ms, selfMilliseconds: ms)))
        }
        while !stack.isEmpty { pop() }
        return roots
    }

    static let realisticTree = """
        pandas 40
          numpy 4.5
            numpy._globals 0.4
            numpy.version 0.3
            numpy.core 3.1
              numpy.core.multiarray 1.4
                numpy.core.overrides 0.9
                  numpy.core._multiarray_umath 26
              numpy.core.umath 0.8
              numpy.core.numerictypes 1.6
                numpy.core._string_helpers 0.3
                numpy.core._type_aliases 1.2
              numpy.core.numeric 2.2
                numpy.core.shape_base 0.9
                numpy.core._ufunc_config 0.6
              numpy.core.fromnumeric 1.7
              numpy.core._methods 0.8
            numpy.lib 2.4
              numpy.lib.mixins 0.5
              numpy.lib.function_base 3.8
                numpy.lib.histograms 0.9
              numpy.lib.npyio 2.1
                numpy.lib.format 0.7
                numpy.lib._datasource 0.6
            numpy.linalg 1.9
              numpy.linalg._umath_linalg 6.2
            numpy.fft 1.2
              numpy.fft._pocketfft_internal 2.6
            numpy.polynomial 3.4
            numpy.random 2.3
              numpy.random._pickle 0.5
                numpy.random.mtrand 9.8
                  numpy.random.bit_generator 3.1
              numpy.random._generator 4.1
            numpy.ma 2.8
          pytz 6.1
          dateutil 1.2
            dateutil.parser 3.9
            dateutil.tz 2.4
          pandas._libs 4.2
            pandas._libs.tslibs 5.6
              pandas._libs.tslibs.conversion 4.4
              pandas._libs.tslibs.offsets 8.3
              pandas._libs.tslibs.timestamps 5.1
            pandas._libs.hashtable 6.8
            pandas._libs.lib 7.9
            pandas._libs.interval 4.6
          pandas.core 3.1
            pandas.core.config_init 2.2
            pandas.core.api 4.4
              pandas.core.arrays 9.1
                pandas.core.arrays.arrow 11.3
                pandas.core.arrays.categorical 6.2
                pandas.core.arrays.datetimes 7.4
              pandas.core.groupby 12.6
              pandas.core.frame 60.2
                pandas.core.generic 19.7
                pandas.core.series 14.9
              pandas.core.indexes.api 16.3
            pandas.core.computation 5.3
          pandas.io 6.5
            pandas.io.formats 8.8
            pandas.io.json 7.1
          pandas.tseries 4.9
          pandas.plotting 3.6
        pyarrow 12.4
          pyarrow.lib 151.0
          pyarrow._compute 21.8
          pyarrow.util 1.1
          pyarrow.types 2.6
          pyarrow.ipc 9.3
          pyarrow.fs 12.0
        boto3 3.2
          botocore 4.6
            botocore.session 15.6
              botocore.client 9.3
              botocore.credentials 7.7
            botocore.loaders 5.4
            botocore.handlers 8.1
            botocore.compat 5.2
          boto3.session 15.2
          s3transfer 6.5
          jmespath 3.1
        json 0.8
          json.decoder 0.5
          json.encoder 0.3
        """

    static func all() -> [(String, any Chart)] {
        [("phases", phases()), ("phases-p95", phases(statistic: "p95")), ("imports", imports()), ("importtree", importTree())]
    }

    /// Small inputs for scene snapshots and PNG baselines.
    static func small() -> [(String, any Chart)] {
        [
            (
                "phases",
                PhasesChart(groups: [
                    .init(
                        name: "perf_zip",
                        phases: [
                            .init(name: "Initialization", milliseconds: 2950), .init(name: "Invocation", milliseconds: 210),
                            .init(name: "Overhead", milliseconds: 2.5),
                        ], sampleCount: 120),
                    .init(
                        name: "perf_image",
                        phases: [
                            .init(name: "Initialization", milliseconds: 1480), .init(name: "Invocation", milliseconds: 95),
                            .init(name: "Overhead", milliseconds: 1.2),
                        ], sampleCount: 4),
                ])
            ),
            (
                "imports",
                ImportsChart(
                    groups: ["image", "zip"],
                    modules: [
                        .init(name: "pandas", valuesByGroup: ["image": 402, "zip": 431]),
                        .init(name: "numpy", valuesByGroup: ["image": 97, "zip": 104]),
                        .init(name: "other (3 modules)", valuesByGroup: ["zip": 1.25]),
                    ],
                    colors: colors)
            ),
            (
                "importtree",
                ImportTreeChart(
                    roots: tree(
                        """
                        pandas 40
                          numpy 12
                            numpy.core 45
                            numpy.lib 20
                          pandas.core 120
                        boto3 3
                          botocore 60
                        json 0.8
                        """))
            ),
        ]
    }
}
