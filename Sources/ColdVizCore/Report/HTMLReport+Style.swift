extension HTMLReport {
    /// The page's only style sheet, inline: system fonts, light and dark schemes, fluid from 360 px
    /// to wide screens, tables that scroll inside their wrapper, charts that never overflow, and a
    /// print layout that keeps each chart on one page.
    static let styleSheet = """
        :root{color-scheme:light dark;--bg:#ffffff;--fg:#1a1a1a;--muted:#555555;--rule:#d9d9d9;--panel:#f5f6f8;\
        --accent:#0072b2;--ok:#1a7f37;--bad:#b3261e;--warn:#8a5a00;--code:#eef0f3}
        @media (prefers-color-scheme:dark){:root{--bg:#1e1f22;--fg:#e8e8e8;--muted:#a8a8a8;--rule:#3a3d42;\
        --panel:#26282c;--accent:#56b4e9;--ok:#6fdc8c;--bad:#ff8a80;--warn:#f0c060;--code:#2e3136}}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",\
        Roboto,"DejaVu Sans",sans-serif}
        main{max-width:1200px;margin:0 auto;padding:16px clamp(12px,3vw,32px) 48px}
        h1{font-size:clamp(1.5rem,4vw,2.1rem);line-height:1.2;margin:.4em 0 .2em}
        h2{font-size:1.4rem;margin:2em 0 .5em;padding-bottom:.2em;border-bottom:1px solid var(--rule)}
        h3{font-size:1.1rem;margin:1.5em 0 .4em}
        p,li,dd{overflow-wrap:anywhere}
        a{color:var(--accent)}
        code,kbd{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.9em;\
        background:var(--code);padding:.05em .3em;border-radius:3px}
        .lede{color:var(--muted);margin-top:0}
        nav.toc ul{display:flex;flex-wrap:wrap;gap:.3em 1.2em;list-style:none;padding:0;margin:.5em 0 0}
        dl.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px;margin:1em 0}
        dl.facts div{background:var(--panel);border-radius:6px;padding:8px 12px}
        dl.facts dt{color:var(--muted);font-size:.85rem}
        dl.facts dd{margin:0;font-size:1.25rem;font-weight:600;font-variant-numeric:tabular-nums}
        .table-wrap{overflow-x:auto;max-width:100%;margin:.5em 0;border:1px solid var(--rule);border-radius:6px}
        table{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:.9rem;min-width:100%}
        th,td{padding:.35em .7em;text-align:left;white-space:nowrap;border-bottom:1px solid var(--rule)}
        th{background:var(--panel);font-weight:600;position:sticky;top:0}
        td.num,th.num{text-align:right}
        tr:last-child td{border-bottom:none}
        .note{color:var(--muted);font-size:.9rem}
        ul.problems{padding-left:1.2em}
        ul.problems code{white-space:normal}
        .verdict-pass{color:var(--ok);font-weight:700}
        .verdict-fail{color:var(--bad);font-weight:700}
        td.v-regressed{color:var(--bad);font-weight:700}
        td.v-insufficient{color:var(--warn)}
        td.v-ok{color:var(--ok)}
        figure.chart{margin:1.5em 0;padding:0;break-inside:avoid;page-break-inside:avoid}
        figure.chart svg{display:block;width:100%;max-width:100%;height:auto;border:1px solid var(--rule);\
        border-radius:6px}
        figure.chart>div{overflow-x:auto}
        @media (max-width:600px){figure.chart svg{min-width:560px;max-width:none}}
        figure.chart .theme-dark{display:none}
        @media (prefers-color-scheme:dark){figure.chart .theme-light{display:none}figure.chart .theme-dark{display:block}}
        figcaption{font-size:.92rem;margin-top:.4em}
        figcaption strong{display:block}
        dl.defs dt{font-weight:600;margin-top:.6em}
        dl.defs dd{margin-left:1.2em}
        pre.command{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--code);padding:.6em .8em;border-radius:6px}
        footer{margin-top:3em;color:var(--muted);font-size:.85rem}
        @media (max-width:480px){body{font-size:15px}th,td{padding:.3em .5em}}
        @media print{:root{--bg:#fff;--fg:#000;--muted:#444;--panel:#f2f2f2;--code:#f2f2f2;--rule:#bbb}
        body{font-size:10.5pt}main{max-width:none;padding:0}nav.toc{display:none}
        figure.chart .theme-dark{display:none!important}figure.chart .theme-light{display:block!important}\
        figure.chart svg{min-width:0;max-width:100%}figure.chart>div{overflow:visible}
        h2,h3,h2+.note,h3+.note{break-after:avoid;page-break-after:avoid}tr,dl.facts div{break-inside:avoid}
        .table-wrap{overflow:visible;border:none}th,td{white-space:normal}th{position:static}}
        """
}
