# Extracts every ```csharp block of the Markdown files it is given into a C# file of its own, wrapped so that it
# compiles alone, and prints one manifest line per block: number, file:line, kind, and the skip reason if any.
# Usage: awk -v out=DIR -f extract.awk FILE.md...
#
# The line before a block (blank lines aside) may be a marker:
#   (none)                                     a program: statements, with `args` declared, as in Program.cs
#   <!-- snippet: fragment(T1 a, T2 b) -->     statements that use the named variables, declared as parameters
#   <!-- snippet: fragment(T a) prelude: D --> the same, with declarations D (a record, say) beside them
#   <!-- snippet: members -->                  members of a class (a method, say)
#   <!-- snippet: skip: reason -->             not compiled, for the reason given (printed with the results)
# Blocks under docs/diagnostics/ illustrate one diagnostic's message with expressions of the pages' example schemas:
# they are skipped unless marked. `using` directives at the top of a block are kept at the top of its file.

function reset_marker() { kind = "program"; params = "string[] args"; prelude = ""; reason = "" }

function parse_marker(line,    text, opening, closing) {
    text = line
    sub(/^[[:space:]]*<!--[[:space:]]*snippet:[[:space:]]*/, "", text)
    sub(/[[:space:]]*-->[[:space:]]*$/, "", text)
    if (text ~ /^skip:/) { kind = "skip"; reason = text; sub(/^skip:[[:space:]]*/, "", reason); return }
    if (text ~ /^members/) { kind = "members"; return }
    if (text ~ /^fragment/) {
        kind = "fragment"
        opening = index(text, "("); closing = index(text, ")")
        params = (opening && closing > opening) ? substr(text, opening + 1, closing - opening - 1) : ""
        if (index(text, "prelude:")) { prelude = substr(text, index(text, "prelude:") + 8) }
        return
    }
    kind = "unknown"; reason = "unknown marker: " text
}

function write_snippet(    file) {
    file = out "/S" n ".cs"
    printf "// %s, extracted by eng/check-snippets.sh\n%s", where, usings > file
    print "#pragma warning disable CS1998 // a snippet need not await" > file
    print "namespace WeComGenSnippets.S" n > file
    print "{" > file
    print "    internal static class Snippet" > file
    print "    {" > file
    if (prelude != "") print "        " prelude > file
    if (kind == "members") {
        printf "%s", body > file
    } else {
        print "        internal static async System.Threading.Tasks.Task RunAsync(" params ")" > file
        print "        {" > file
        printf "%s", body > file
        print "        }" > file
    }
    print "    }" > file
    print "}" > file
    close(file)
}

FNR == 1 { marker = ""; inblock = 0 }

!inblock && /^```csharp[[:space:]]*$/ {
    inblock = 1; n++; where = FILENAME ":" FNR; usings = ""; body = ""; inusings = 1
    reset_marker()
    if (marker ~ /^[[:space:]]*<!--[[:space:]]*snippet:/) parse_marker(marker)
    else if (FILENAME ~ /(^|\/)docs\/diagnostics\//) { kind = "skip"; reason = "illustrates a diagnostic (docs/diagnostics convention)" }
    next
}

inblock && /^```[[:space:]]*$/ {
    inblock = 0; marker = ""
    if (kind != "skip" && kind != "unknown") write_snippet()
    printf "%d\t%s\t%s\t%s\n", n, where, kind, reason
    next
}

inblock {
    if (inusings && $0 ~ /^using (static )?[A-Za-z_][A-Za-z0-9_.]*;/) { usings = usings $0 "\n"; next }
    if ($0 !~ /^[[:space:]]*$/) inusings = 0
    body = body "            " $0 "\n"
    next
}

$0 !~ /^[[:space:]]*$/ { marker = $0 }
