/** `floke --help`: a manual page, in English (the CLI's messages follow --lang; its manual does not yet). */
export const HELP = `NAME
    floke - validate, render, compare, import and export Floke documents

SYNOPSIS
    floke validate [--lang nb|nn|en] [--format text|json] FILE...
    floke render FILE --view iceberg|horizons|loops|network --format svg|png [-o OUT]
                 [--width PX] [--scale N] [--lang nb|nn|en] [--theme light|dark]
    floke diff [--format text|json|markdown] [--lang nb|nn|en] BEFORE AFTER
    floke import --from kumu|graphml|gexf|csv [--sheet2 FILE] [-o OUT] FILE
    floke export --to graphml|gexf|csv|kumu [-o OUT] FILE
    floke --help | --version

DESCRIPTION
    Works on a Floke JSON document (schema v1) without a browser. FILE may be - for standard input.

COMMANDS
    validate
        Checks each FILE against the schema and the semantic rules. Prints one line per problem:
        FILE: SEVERITY POINTER [CODE] MESSAGE, where POINTER is an RFC 6901 JSON pointer into the
        document; then a summary line per file. --format json prints an array of
        {file, valid, problems: [{pointer, code, severity, message, params}]}.

    render
        Draws one view as a standalone SVG document (the marks, stylesheet and resolved colours of the
        element's own toSVG() export) or as PNG. SVG goes to standard output unless -o is given; PNG
        needs -o. Problems in the document are reported on standard error and the rest is drawn.
        --width   the container width in CSS px the view lays out for (default 1000)
        --scale   PNG pixels per CSS px (default 2)
        --theme   light (default) or dark colours
        --lang    language of the view's text and of messages (default nb)
        Views are drawn at rest: --selected and --loop are not supported yet.

    diff
        Compares two versions of a document, BEFORE (the earlier) and AFTER (the later): elements
        and relations added, removed and changed field by field, polarity flips, moves between
        layers, horizons, levels and sectors, feedback loops that appeared, broke (and what broke
        them) or changed polarity or evidence, ties and brokers gained and lost in the actor
        network, new indicator values. Items are matched by id, so reordering a file changes
        nothing. Problems in either document are reported on standard error and the rest is compared.
        --format text      (default) a summary in words, then each change with its JSON pointer(s)
        --format json      {files, summary: {headline, sentences, text}, diff} (diff as @floke/core's diff())
        --format markdown  the same as text, as a Markdown report (pointers in code spans)
        Exit 0 when both files were compared, whether or not they differ.

    import
        Converts another tool's file to a Floke document on standard output (or -o OUT) and prints a
        report of what could not be mapped on standard error (nothing is dropped: unmapped fields are
        kept under "extensions"). Formats: kumu (Kumu JSON blueprint), graphml, gexf, csv (FILE is the
        actors or factors sheet; --sheet2 the ties or links sheet; +/- or −  in a polarity column).

    export
        Converts a Floke document to graphml, gexf, csv (elements sheet; relations to --sheet2 or
        FILE-relations.csv) or kumu, and reports what the target format cannot hold.

OPTIONS
    --lang nb|nn|en     language of messages and drawn text (default nb)
    -o, --output OUT    output file (- for standard output)
    -h, --help          this page
    --version           the CLI's version

EXIT STATUS
    0   success (a document with warnings only is valid)
    1   a document has errors (invalid, or not JSON)
    2   the command could not run: unknown option, missing file, unsupported choice

FONTS
    Text is measured and drawn in DejaVu Sans (regular and bold), found in FLOKE_FONT_DIR or the
    system's font folders (/usr/share/fonts/truetype/dejavu on Debian: apt install fonts-dejavu-core).
    Without it, layouts fall back to an estimate and PNG text to the system's fonts.

EXAMPLES
    floke validate examples/data/*.json
    cat doc.json | floke validate --format json -
    floke render doc.json --view iceberg --format png -o iceberg.png --theme dark
    floke diff [--format text|json|markdown] [--lang nb|nn|en] BEFORE AFTER
    floke diff examples/data/telemark-agder-2024-01.json examples/data/telemark-agder.json
    floke diff --format markdown --lang en old.json new.json > CHANGES.md
    floke import --from csv actors.csv --sheet2 ties.csv -o doc.json
`;
