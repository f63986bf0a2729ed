/// The one style sheet, served at `/style.css` (the Content-Security-Policy allows no inline style). Made for
/// reading: one column on a phone, wider tables and side notes on a desktop, nothing that needs a script.
enum StyleSheet {
    static let css = """
        :root { color-scheme: light; --ink: #1d2430; --muted: #5b6575; --line: #d9dee7; --accent: #2457c5; --paper: #fff; --ground: #f5f6f8; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--ground); overflow-wrap: break-word; }
        a { color: var(--accent); text-decoration: none; }
        a:hover, a:focus { text-decoration: underline; }
        .bar { display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: center; background: var(--ink); color: #fff; padding: 10px 20px; }
        .bar a { color: #fff; }
        .brand { font-weight: 700; font-size: 19px; letter-spacing: .3px; }
        .bar nav { display: flex; gap: 14px; font-size: 15px; }
        .search { display: flex; flex: 1 1 260px; gap: 6px; max-width: 520px; }
        input, select, textarea, button { font: inherit; }
        input[type=search], input[type=text], input[type=date], input[type=password], select, textarea { border: 1px solid var(--line); border-radius: 6px; padding: 6px 9px; background: #fff; color: var(--ink); min-width: 0; }
        .search input { flex: 1; }
        button { border: 0; border-radius: 6px; padding: 6px 14px; background: var(--accent); color: #fff; cursor: pointer; }
        main { max-width: 1100px; margin: 0 auto; padding: 12px 20px 40px; }
        h1 { font-size: 25px; line-height: 1.25; margin: 14px 0 6px; }
        h2 { font-size: 19px; margin: 0 0 10px; }
        h3 { font-size: 16px; margin: 0 0 4px; }
        section { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin-top: 16px; }
        /* A card's own padding is its margin: no paragraph margin adds to it at the top or bottom. */
        section > :first-child, .stories li > :first-child { margin-top: 0; }
        section > :last-child, .stories li > :last-child { margin-bottom: 0; }
        .meta, .muted { color: var(--muted); font-size: 14px; }
        .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; margin: 8px 0 4px; }
        .filters label { display: flex; flex-direction: column; font-size: 13px; color: var(--muted); gap: 2px; }
        .stories { list-style: none; margin: 0; padding: 0; }
        .stories li { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin-top: 10px; }
        .stories h2 { font-size: 18px; margin: 0 0 4px; }
        .tag { display: inline-block; background: #e8eefb; color: var(--accent); border-radius: 10px; padding: 0 8px; font-size: 13px; font-weight: 600; white-space: nowrap; margin: 1px 0; }
        .tag.missing { background: #f3f4f6; color: var(--muted); font-weight: 400; }
        .pager { margin-top: 16px; }
        table { width: 100%; border-collapse: collapse; }
        th, td { text-align: left; vertical-align: top; border-top: 1px solid var(--line); padding: 7px 8px; }
        thead th { border-top: 0; color: var(--muted); font-size: 14px; font-weight: 600; }
        .scroll { overflow-x: auto; }
        .nowrap { white-space: nowrap; }
        ol.facts, ul.facts { padding-left: 20px; margin: 0; }
        .facts > li { margin-bottom: 12px; }
        .carried { margin-top: 3px; font-size: 14px; }
        details { margin: 6px 0; }
        details > summary { cursor: pointer; color: var(--accent); }
        blockquote { margin: 6px 0; padding: 6px 12px; border-left: 3px solid var(--accent); background: #f8f9fc; }
        cite { font-style: normal; font-weight: 600; }
        mark { background: #ffe9a8; color: inherit; }
        a.original { font-size: 13px; white-space: nowrap; }
        /* The coverage grid: a narrow column per outlet, its name written upwards, the fact's words on the left. */
        table.matrix { width: auto; }
        table.matrix th[scope=row] { min-width: 16em; max-width: 34em; font-weight: 400; font-size: 14px; }
        table.matrix th.outlet { vertical-align: bottom; padding: 4px 2px; }
        table.matrix th.outlet span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; max-height: 11em; overflow: hidden; text-overflow: ellipsis; }
        table.matrix td { text-align: center; padding: 4px 2px; min-width: 22px; font-size: 14px; }
        table.matrix td.yes { color: var(--accent); }
        table.matrix td.no { color: #b6bcc7; background: #fafafb; }
        table.matrix tfoot td, table.matrix tfoot th { color: var(--muted); font-size: 13px; }
        .conflict ul { margin: 4px 0 10px; padding-left: 20px; }
        .article-text p { margin: 0 0 14px; max-width: 70ch; }
        .note { background: #fff8e1; border: 1px solid #f0dca0; border-radius: 6px; padding: 8px 12px; }
        .error { background: #fdecec; border: 1px solid #f3b9b9; border-radius: 6px; padding: 8px 12px; }
        form.ingest { display: grid; gap: 10px; }
        form.ingest textarea { width: 100%; min-height: 220px; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 14px; }
        footer { text-align: center; color: var(--muted); font-size: 13px; padding: 20px; }
        @media (max-width: 640px) {
          main { padding: 8px 12px 30px; }
          h1 { font-size: 21px; }
          section { padding: 12px; }
          .hide-narrow { display: none; }
          /* Sources as cards, outlet and date above the title: three columns squeeze a title to a word a line. */
          table.sources, table.sources tbody { display: block; }
          table.sources thead { display: none; }
          table.sources tr { display: flex; flex-wrap: wrap; gap: 0 10px; border-top: 1px solid var(--line); padding: 8px 0; }
          table.sources td { border: 0; padding: 0; }
          table.sources td.title { order: 1; flex-basis: 100%; }
        }
        """
}
