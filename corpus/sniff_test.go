package corpus

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// summaryText is a short fictional bureau summary, long enough (over
// minDumpText and minSniffedHan) to be taken for a report.
const summaryText = "青岚县教育局2031年工作总结\n" +
	"2031年，全县教育系统围绕办好人民满意的教育，扎实推进各项工作。\n" +
	"一、主要工作\n" +
	"（一）学前教育普惠发展。新建公办幼儿园3所，新增学位720个，普惠性幼儿园覆盖率达到92%。\n" +
	"（二）义务教育优质均衡。改造薄弱学校8所，组建教育集团5个，课后服务实现全覆盖。\n" +
	"二、存在的问题\n" +
	"城区学位依然紧张，乡村教师结构性缺编问题仍然存在，需在新的一年着力解决。\n" +
	"三、2032年工作打算\n" +
	"持续扩大优质教育资源供给，深化集团化办学，推进县域普通高中振兴。\n"

// TestRead_FormatByContent checks that a file whose name does not tell its
// format, or tells a wrong one, is read as what its bytes are, with a
// warning; and that what is no report stays refused.
func TestRead_FormatByContent(t *testing.T) {
	record, err := json.Marshal(map[string]any{"title": "青岚县教育局2031年工作总结", "year": 2031, "content": summaryText})
	if err != nil {
		t.Fatal(err)
	}
	csvRow := "id,title,content\n7,青岚县教育局2031年工作总结,\"" + summaryText + "\"\n"
	for _, tc := range []struct {
		name string
		data []byte
		warn string // in a warning; "" for none
	}{
		{"青岚县教育局2031年工作总结", []byte(summaryText), "a text without an extension; read as .txt"},
		{"工作总结（2031.12.5）", []byte(summaryText), "without an extension"},
		{"青岚县2031年工作总结.v2", []byte(summaryText), ""}, // .v2 is an extension: refused below
		{"summary", docx(t, false), "a Word (.docx) file without an extension; read as .docx"},
		{"summary.txt", docx(t, false), "a Word (.docx) file named .txt; read as .docx"},
		{"reports.jsonl", append(record, '\n'), ""},
		{"reports.csv", []byte(csvRow), ""},
		{"letter", rtfOf(summaryText), "an RTF file without an extension; read as .rtf"},
		{"summary.doc", rtfOf(summaryText), "an RTF file named .doc; read as .rtf"},
		{"page", []byte("<!DOCTYPE html><html><body><h1>青岚县教育局2031年工作总结</h1><p>" + strings.ReplaceAll(summaryText, "\n", "</p><p>") + "</p></body></html>"), "a web page without an extension; read as .html"},
	} {
		d, err := Read(tc.name, tc.data)
		if tc.name == "青岚县2031年工作总结.v2" {
			if !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), `".v2"`) {
				t.Errorf("Read(%q) = %v; want ErrUnsupported naming its extension", tc.name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Read(%q) error: %v", tc.name, err)
			continue
		}
		checkTiling(t, d)
		if !strings.Contains(d.Title, "工作总结") || d.Kind != "总结" || d.Year != 2031 && tc.name != "summary" && tc.name != "summary.txt" {
			t.Errorf("Read(%q) = title %q kind %q year %d", tc.name, d.Title, d.Kind, d.Year)
		}
		var warns []string
		for _, w := range d.Warnings {
			warns = append(warns, w.Message)
		}
		if got := strings.Join(warns, "; "); tc.warn != "" && !strings.Contains(got, tc.warn) {
			t.Errorf("Read(%q) warnings %q; want one saying %q", tc.name, got, tc.warn)
		}
	}

	if _, err := Read("empty", nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("Read(empty file without an extension) = %v; want ErrEmpty", err)
	}
	for _, tc := range []struct {
		name string
		data []byte
		msg  string
	}{
		{"LICENSE", []byte(strings.Repeat("Permission is hereby granted, free of charge, to any person.\n", 20)), "LICENSE: unsupported format: no extension, and a text with 0 Han characters"},
		{"notes", []byte("会议纪要"), "notes: unsupported format: no extension, and a text with 4 Han characters"},
		{"blob", append([]byte{0, 1, 2, 3}, allBytes()...), "blob: unsupported format: no extension, and not a text"},
		{"two.jsonl", append(append(append(record, '\n'), record...), '\n'), "two.jsonl: unsupported format: a JSON Lines file that is not one record"},
		{"table.csv", []byte("id,title,content\n1,甲,乙\n2,丙,丁\n"), "table.csv: unsupported format: a CSV file that is not one record"},
		{"script.py", []byte("# 青岚县教育局\nprint('工作总结')\n"), `script.py: unsupported format: extension ".py"`},
	} {
		_, err := Read(tc.name, tc.data)
		if !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("Read(%q) = %v; want ErrUnsupported saying %q", tc.name, err, tc.msg)
		}
	}
}

func TestIsExtension(t *testing.T) {
	for ext, want := range map[string]bool{
		".txt": true, ".docx": true, ".mp3": true, ".TXT": true,
		"": false, ".": false, ".5）": false, ".05": false, ".2031年工作总结": false, ".v2 final": false, ".abcdefghi": false,
	} {
		if got := isExtension(ext); got != want {
			t.Errorf("isExtension(%q) = %v, want %v", ext, got, want)
		}
	}
}
