/**
 * `floke --help` and `floke COMMAND --help`: manual pages, in English (the CLI's messages follow --lang; its manual does
 * not yet). Each page has the sections of a man page: NAME, SYNOPSIS, DESCRIPTION, OPTIONS, EXIT STATUS, EXAMPLES.
 */

const COMMON_OPTIONS = `    --lang nb|nn|en
        Language of messages, of the report and of drawn text (default nb).

    --progress
        Print what the command is doing ("Leser …", "Legger ut …", "Tegner …") on standard error. Shown without
        this option when standard error is a terminal; never on standard output.

    -h, --help
        This page.`;

const FONTS = `FONTS
    Text is measured and drawn in DejaVu Sans (regular and bold), found in FLOKE_FONT_DIR or the
    system's font folders (/usr/share/fonts/truetype/dejavu on Debian: apt install fonts-dejavu-core).
    Without it, layouts fall back to an estimate and PNG text to the system's fonts.`;

const VALIDATE = `NAME
    floke validate - check Floke documents against the schema and the semantic rules

SYNOPSIS
    floke validate [--lang nb|nn|en] [--format text|json] FILE...

DESCRIPTION
    Checks each FILE (- for standard input) and prints one line per problem:
        FILE: SEVERITY POINTER [CODE] MESSAGE
    where POINTER is an RFC 6901 JSON pointer into the document, then a summary line per file.

OPTIONS
    --format text|json
        text (default) as above; json prints an array of
        {file, valid, problems: [{pointer, code, severity, message, params}]}.

${COMMON_OPTIONS}

EXIT STATUS
    0   every document is valid (warnings allowed)
    1   a document has errors, or is not JSON
    2   the command could not run: unknown option, missing or unreadable file

EXAMPLES
    floke validate examples/data/*.json
    cat doc.json | floke validate --format json --lang en -
`;

const RENDER = `NAME
    floke render - draw one view of a Floke document as SVG or PNG, without a browser

SYNOPSIS
    floke render FILE --view iceberg|horizons|loops|network [--format svg|png] [-o OUT]
                 [--width PX] [--scale N] [--theme light|dark] [--lang nb|nn|en]
                 [--selected ID] [--loop CODE] [--progress]

DESCRIPTION
    Draws one view as the element's toSVG() exports it: the same marks, stylesheet and resolved colours,
    made by the same renderer (@floke/core), text in --lang. SVG goes to standard output unless -o is
    given; PNG (drawn by resvg) needs -o. Problems in the document are reported on standard error and the
    rest is drawn, as the elements do.

OPTIONS
    --view iceberg|horizons|loops|network
        The view to draw (required).

    --format svg|png
        svg (default) or png.

    -o, --output OUT
        The file to write (- for standard output, SVG only).

    --width PX
        The container width in CSS px the view lays out for (default 1000).

    --scale N
        PNG pixels per CSS px (default 2).

    --theme light|dark
        Colours of the light (default) or dark theme.

    --selected ID
        Draw the element ID selected, as the view shows a selection: the iceberg its explains chain, the
        horizons its period and label, the causal-loop diagram its neighbourhood with the rest faded, the
        network its ego network (partners ringed, their ties in the accent colour, the rest faint).

    --loop CODE
        Causal-loop diagram only: highlight the loop CODE (R2, B1, … as the view numbers them, or a loop's
        id), its links and marker raised, the rest dimmed.

${COMMON_OPTIONS}

EXIT STATUS
    0   drawn (the document may have warnings or errors that were reported)
    1   the document is not JSON
    2   the command could not run: unknown option or view, missing file, PNG without -o, --loop with a
        view other than loops, or an ID or CODE the view does not draw (the message lists what it has)

${FONTS}

EXAMPLES
    floke render doc.json --view iceberg -o iceberg.svg
    floke render doc.json --view loops --loop R2 --format png --scale 2 -o r2.png
    floke render doc.json --view network --selected bufdir --theme dark -o bufdir.svg
`;

const DIFF = `NAME
    floke diff - what changed between two versions of a Floke document

SYNOPSIS
    floke diff [--format text|json|markdown] [--lang nb|nn|en] BEFORE AFTER

DESCRIPTION
    Compares BEFORE (the earlier version) with AFTER (the later): elements and relations added, removed
    and changed field by field, polarity flips, moves between layers, horizons, levels and sectors,
    feedback loops that appeared, broke (and what broke them) or changed polarity or evidence, ties and
    brokers gained and lost in the actor network, new indicator values. Items are matched by id, so
    reordering a file changes nothing. Problems in either document are reported on standard error and
    the rest is compared.

OPTIONS
    --format text|json|markdown
        text (default): a summary in words, then each change with its JSON pointer(s); json:
        {files, summary: {headline, sentences, text}, diff} (diff as @floke/core's diff()); markdown: the
        text report as Markdown (pointers in code spans).

${COMMON_OPTIONS}

EXIT STATUS
    0   both files were compared, whether or not they differ
    1   a file is not JSON
    2   the command could not run: unknown option, not two files, missing or unreadable file

EXAMPLES
    floke diff examples/data/telemark-agder-2024-01.json examples/data/telemark-agder.json
    floke diff --format markdown --lang en old.json new.json > CHANGES.md
`;

const IMPORT = `NAME
    floke import - convert another tool's file to a Floke document

SYNOPSIS
    floke import --from kumu|graphml|gexf|csv [--sheet2 FILE] [-o OUT] [--lang nb|nn|en] FILE

DESCRIPTION
    Writes a Floke document to standard output (or -o OUT) and prints on standard error a report of what
    could not be mapped. Nothing is dropped: unmapped fields are kept under the item's extensions.<format>.
    Formats:
      kumu     a Kumu JSON blueprint: the documented import form (fields on the item) or a project's
               "Export JSON" backup (fields under attributes, ends by _id, loops by connections)
      graphml  GraphML: attr.name keys become fields
      gexf     GEXF: attvalues by title
      csv      FILE is the actors or factors sheet; --sheet2 the ties or links sheet (+/- or − in a
               polarity column)

OPTIONS
    --from kumu|graphml|gexf|csv
        The format of FILE (required).

    --sheet2 FILE
        csv only: the ties or links sheet.

    -o, --output OUT
        The file to write (- for standard output).

${COMMON_OPTIONS}

EXIT STATUS
    0   converted (see the report on standard error for what was kept under extensions)
    1   FILE is not in the format named (not JSON, not XML, no elements)
    2   the command could not run: unknown option or format, missing file

EXAMPLES
    floke import --from csv actors.csv --sheet2 ties.csv -o doc.json
    floke import --from kumu project.json -o doc.json
`;

const EXPORT = `NAME
    floke export - convert a Floke document to another tool's format

SYNOPSIS
    floke export --to graphml|gexf|csv|kumu [--sheet2 FILE] [-o OUT] [--lang nb|nn|en] FILE

DESCRIPTION
    Writes the document in the format named and reports on standard error what the format cannot hold.
    csv gives two sheets: the elements to OUT, the relations to --sheet2 or OUT-relations.csv. kumu writes
    the documented blueprint import form (ids as connection ends, polarity as the connection type).

OPTIONS
    --to graphml|gexf|csv|kumu
        The format to write (required).

    --sheet2 FILE
        csv only: where the relations sheet goes.

    -o, --output OUT
        The file to write (- for standard output).

${COMMON_OPTIONS}

EXIT STATUS
    0   converted
    1   FILE is not a Floke document (not JSON)
    2   the command could not run: unknown option or format, missing file, csv to standard output without
        --sheet2

EXAMPLES
    floke export --to graphml doc.json -o doc.graphml
    floke export --to csv doc.json -o elements.csv --sheet2 relations.csv
`;

/** `floke --help`: the commands, and where each one's page is. */
export const HELP = `NAME
    floke - validate, render, compare, import and export Floke documents

SYNOPSIS
    floke validate [--lang nb|nn|en] [--format text|json] FILE...
    floke render FILE --view iceberg|horizons|loops|network [--format svg|png] [-o OUT]
                 [--selected ID] [--loop CODE] [--width PX] [--scale N] [--theme light|dark]
    floke diff [--format text|json|markdown] [--lang nb|nn|en] BEFORE AFTER
    floke import --from kumu|graphml|gexf|csv [--sheet2 FILE] [-o OUT] FILE
    floke export --to graphml|gexf|csv|kumu [--sheet2 FILE] [-o OUT] FILE
    floke COMMAND --help
    floke --help | --version

DESCRIPTION
    Works on a Floke JSON document (schema v1) without a browser. FILE may be - for standard input.
    floke COMMAND --help gives the full page of each command.

COMMANDS
    validate    problems with JSON pointers and localised messages
    render      one view as SVG or PNG, at rest or with a selection or loop
    diff        what changed between two versions, in words, JSON or Markdown
    import      Kumu, GraphML, GEXF or CSV to Floke, with a report of what could not be mapped
    export      Floke to GraphML, GEXF, CSV or Kumu, with what the format cannot hold

OPTIONS
${COMMON_OPTIONS}

    --version
        The CLI's version.

EXIT STATUS
    0   success (a document with warnings only is valid)
    1   a document has errors (invalid, or not JSON)
    2   the command could not run: unknown option, missing file, unsupported choice, or an id or loop the
        document's view does not have

${FONTS}

EXAMPLES
    floke validate examples/data/*.json
    floke render doc.json --view iceberg --format png -o iceberg.png --theme dark
    floke render doc.json --view loops --loop R2 -o r2.svg
    floke diff examples/data/telemark-agder-2024-01.json examples/data/telemark-agder.json
    floke import --from csv actors.csv --sheet2 ties.csv -o doc.json
`;

/** Each command's manual page. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  validate: VALIDATE,
  render: RENDER,
  diff: DIFF,
  import: IMPORT,
  export: EXPORT,
};
