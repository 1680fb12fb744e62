package corpus

// PDF
//
// PDF text comes from poppler's pdftotext, run on a temporary copy of the
// file with a time limit. Without pdftotext a PDF cannot be read, and the
// error says which tool to install. Page breaks (form feeds) become line
// breaks; Clean then joins the sentences they cut.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
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
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, tool, "-enc", "UTF-8", f.Name(), "-")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", fmt.Errorf("%s: pdftotext: %w", name, ctx.Err())
		}
		return "", fmt.Errorf("%s: %w: pdftotext: %v: %s", name, ErrMalformed, err, strings.TrimSpace(stderr.String()))
	}
	text := strings.ReplaceAll(stdout.String(), "\f", "\n")
	if strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("%s: %w: the PDF holds no text layer (scanned?)", name, ErrEmpty)
	}
	return text, nil
}
