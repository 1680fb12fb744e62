package corpus

// PDF
//
// PDF text comes from poppler's pdftotext, run on a temporary copy of the
// file with a time limit and a limit on what it writes (twice MaxText). Without pdftotext a PDF cannot be read, and the
// error says which tool to install.
//
// Pages (separated by form feeds) are joined back into one text
// (joinPages): the running headers and footers a printer or a browser adds
// go, that is the lines among the first and last three of a page that
// recur there on at least half the pages (of three or more), digits aside (第3页,
// 3/12, a report's title, the date and address of a printed web page; once
// a page, so that the title under a header that repeats it stays), and on
// any page a line at those places that is only a date and a clock time
// or a web address. The blank lines around a page break go too, so that
// Clean joins a sentence the break cut, whichever page it fell on: a file
// holding a report twice then gives two copies with the same lines.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"time"
)

// pdftotext is the command readPDF runs; tests may point it elsewhere.
var pdftotext = "pdftotext"

func readPDF(name string, data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	if !bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("%PDF-")) {
		return "", fmt.Errorf("%s: %w: no %%PDF- header", name, ErrBinary)
	}
	tail := data[max(0, len(data)-2048):]
	if !bytes.Contains(tail, []byte("%%EOF")) {
		return "", fmt.Errorf("%s: %w: no %%%%EOF at the end of the PDF", name, ErrTruncated)
	}
	tool, err := exec.LookPath(pdftotext)
	if err != nil {
		return "", fmt.Errorf("%s: %w: pdftotext (Debian package poppler-utils) is needed to read PDF files: %v", name, ErrToolMissing, err)
	}
	f, err := os.CreateTemp("", "govreport-*.pdf")
	if err != nil {
		return "", fmt.Errorf("%s: temporary copy for pdftotext: %w", name, err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return "", fmt.Errorf("%s: temporary copy for pdftotext: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("%s: temporary copy for pdftotext: %w", name, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var stderr bytes.Buffer
	// A small crafted PDF can expand into any amount of text: pdftotext is
	// stopped once it has written more than a document may hold.
	stdout := &cappedBuffer{max: 2 * MaxText, stop: cancel}
	cmd := exec.CommandContext(ctx, tool, "-enc", "UTF-8", f.Name(), "-")
	cmd.Stdout, cmd.Stderr = stdout, &stderr
	if err := cmd.Run(); err != nil {
		if stdout.over {
			return "", tooLarge(name)
		}
		if ctx.Err() != nil {
			return "", fmt.Errorf("%s: pdftotext: %w", name, ctx.Err())
		}
		return "", fmt.Errorf("%s: %w: pdftotext: %v: %s", name, ErrMalformed, err, strings.TrimSpace(stderr.String()))
	}
	text := joinPages(stdout.String())
	if len(text) > MaxText {
		return "", tooLarge(name)
	}
	if strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("%s: %w: the PDF holds no text layer (scanned?)", name, ErrEmpty)
	}
	return text, nil
}

// cappedBuffer holds what is written to it, up to max bytes, calling stop
// when a write would pass that. (Not an embedded bytes.Buffer: its
// ReadFrom, which io.Copy prefers, would bypass the limit.)
type cappedBuffer struct {
	buf  bytes.Buffer
	max  int
	over bool
	stop func()
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if b.buf.Len()+len(p) > b.max {
		if !b.over {
			b.over = true
			b.stop()
		}
		return 0, errCapped
	}
	return b.buf.Write(p)
}

func (b *cappedBuffer) String() string { return b.buf.String() }

var errCapped = errors.New("output past its limit")

// pageEdge is the number of non-blank lines at the top and at the bottom
// of a page where running headers and footers are looked for.
const pageEdge = 3

var (
	digitsRe = regexp.MustCompile(`[0-9]+`)
	// printStampRe matches a line a browser prints at a page's edge: the
	// date and clock time (11/30/26, 2:11 PM; 2031/3/5 14:11), or the
	// page's address.
	printStampRe = regexp.MustCompile(`^(?:[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4},?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[AaPp][Mm])?|(?:https?|file)://\S+)$`)
)

// joinPages joins the pages of pdftotext's output (see above).
func joinPages(text string) string {
	pages := strings.Split(text, "\f")
	lines := make([][]string, len(pages))
	for i, p := range pages {
		lines[i] = strings.Split(strings.Trim(p, "\n"), "\n")
	}
	// edges calls fn with the index of each line among the first and the
	// last pageEdge non-blank lines of page i.
	edges := func(i int, fn func(k int)) {
		ls := lines[i]
		seen := 0
		for k := 0; k < len(ls) && seen < pageEdge; k++ {
			if strings.TrimSpace(ls[k]) != "" {
				fn(k)
				seen++
			}
		}
		seen = 0 // a line may be called twice on a short page
		for k := len(ls) - 1; k >= 0 && seen < pageEdge; k-- {
			if strings.TrimSpace(ls[k]) != "" {
				fn(k)
				seen++
			}
		}
	}
	key := func(l string) string { return digitsRe.ReplaceAllString(strings.TrimSpace(l), "#") }
	recur := map[string]int{} // key -> pages that have it at an edge
	nonEmpty := 0
	for i := range lines {
		if len(lines[i]) == 1 && strings.TrimSpace(lines[i][0]) == "" {
			continue
		}
		nonEmpty++
		onPage := map[string]bool{}
		edges(i, func(k int) { onPage[key(lines[i][k])] = true })
		for k := range onPage {
			recur[k]++
		}
	}
	var sb strings.Builder
	for i := range lines {
		drop := map[int]bool{}
		dropped := map[string]bool{} // keys dropped on this page
		edges(i, func(k int) {
			l := strings.TrimSpace(lines[i][k])
			kl := key(l)
			if n := recur[kl]; nonEmpty >= 3 && n >= 2 && n*2 >= nonEmpty && !dropped[kl] || printStampRe.MatchString(l) {
				// once a page: a report's title under a running header
				// that repeats it stays
				drop[k], dropped[kl] = true, true
			}
		})
		var kept []string
		for k, l := range lines[i] {
			if !drop[k] {
				kept = append(kept, l)
			}
		}
		// no blank line at a page break: Clean decides whether the
		// sentence goes on
		for len(kept) > 0 && strings.TrimSpace(kept[0]) == "" {
			kept = kept[1:]
		}
		for len(kept) > 0 && strings.TrimSpace(kept[len(kept)-1]) == "" {
			kept = kept[:len(kept)-1]
		}
		if len(kept) == 0 {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(strings.Join(kept, "\n"))
	}
	return sb.String()
}
