package api

import (
	"mime"
	"net/url"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/govreport/govreport"
)

func TestExportName(t *testing.T) {
	for _, tt := range []struct {
		kind        exportKind
		parts       []string
		name, ascii string
	}{
		{exportReports, []string{`"双减"`, "2023", "江苏"}, "检索报告_双减_2023_江苏.csv", "search-reports_2023.csv"},
		{exportSections, []string{`“双减” 课后服务 -托管`, "2021-2023"}, "检索章节_双减_课后服务_-托管_2021-2023.csv", "search-sections_2021-2023.csv"},
		{timelineExport("regions"), []string{`"5G基站"`, "广东"}, "时间线地区_5G基站_广东.csv", "timeline-regions_5G.csv"},
		{exportDocuments, nil, "文档列表.csv", "documents.csv"},
		{exportDocuments, []string{"", "2024", "计划"}, "文档列表_2024_计划.csv", "documents_2024.csv"},
		// what Windows reserves, a query's own filters, a hidden file's dot
		{exportSections, []string{`a<b>:c"d/e\f|g?h*i year:2023`}, "检索章节_a_b_c_d_e_f_g_h_i_year_2023.csv", "search-sections_a_b_c_d_e_f_g_h_i_year_2023.csv"},
		{exportSections, []string{"..双减.", " -x- "}, "检索章节_双减_x.csv", "search-sections_x.csv"},
		// bidirectional marks, zero-width spaces, control characters
		{exportSections, []string{"\u202e双\u200b减\t\x01", "青川\u3000市"}, "检索章节_双_减_青川_市.csv", "search-sections.csv"},
	} {
		name, ascii := exportName(tt.kind, tt.parts)
		if name != tt.name || ascii != tt.ascii {
			t.Errorf("exportName(%q, %q) = %q, %q; want %q, %q", tt.kind.zh, tt.parts, name, ascii, tt.name, tt.ascii)
		}
	}
}

// TestExportNameSafe checks what every file system needs of a name, on
// names made of long and odd queries.
func TestExportNameSafe(t *testing.T) {
	long := strings.Repeat("教育强市", 250) // a query of 1000 characters
	for _, parts := range [][]string{
		{long, "2023", "江苏省"},
		{strings.Repeat("a", 999) + "双减", "2023"},
		{strings.Repeat(`"`, 40) + strings.Repeat("减", 100)},
		{"CON"}, {"nul.txt"}, {"..."}, {"\u00a0"},
	} {
		name, ascii := exportName(exportSections, parts)
		for _, n := range []string{name, ascii} {
			if !utf8.ValidString(n) || len(n) > maxNameBytes || !strings.HasSuffix(n, ".csv") {
				t.Errorf("exportName(%.20q…) = %q: %d bytes, want valid UTF-8 ending in .csv within %d bytes", parts[0], n, len(n), maxNameBytes)
			}
			if i := strings.IndexAny(n, `<>:"/\|?*`+"\x00\t\n\r"); i >= 0 {
				t.Errorf("exportName(%.20q…) = %q holds %q", parts[0], n, n[i])
			}
			base := strings.TrimSuffix(n, ".csv")
			if base == "" || strings.ContainsAny(base[:1], ".-_ ") || strings.ContainsAny(base[len(base)-1:], ". ") {
				t.Errorf("exportName(%.20q…) = %q: starts or ends with a separator", parts[0], n)
			}
		}
		if parts[0] == long && !strings.HasSuffix(name, "_2023_江苏省.csv") {
			t.Errorf("exportName(a long query, 2023, 江苏省) = %q: the filters were cut off", name)
		}
	}
}

func TestDocParts(t *testing.T) {
	for _, tt := range []struct {
		d    govreport.DocInfo
		want []string
	}{
		{govreport.DocInfo{Title: "政府工作报告", Year: 2019, Region: "白塔县"}, []string{"2019", "白塔县", "政府工作报告"}},
		{govreport.DocInfo{Title: "青川市教育局2024年工作要点", Year: 2024, Region: "青川市"}, []string{"青川市教育局2024年工作要点"}},
		{govreport.DocInfo{ID: "0123abcd", Year: 0}, []string{"0123abcd"}},
	} {
		if got := docParts(tt.d); !slices.Equal(got, tt.want) {
			t.Errorf("docParts(%+v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestContentDisposition(t *testing.T) {
	name, ascii := exportName(exportReports, []string{`"双减"`, "2023"})
	h := contentDisposition(name, ascii)
	for i := 0; i < len(h); i++ {
		if h[i] >= 0x80 {
			t.Fatalf("contentDisposition = %q: not ASCII", h)
		}
	}
	// filename* is read back as the UTF-8 name (Go's mime decodes it into
	// filename), and the ASCII fallback is the header's plain filename
	_, params, err := mime.ParseMediaType(h)
	if err != nil || params["filename"] != name {
		t.Errorf("mime.ParseMediaType(%q) = %q, %v; want filename %q", h, params, err, name)
	}
	if !strings.Contains(h, `filename="search-reports_2023.csv"`) {
		t.Errorf("contentDisposition = %q: no ASCII filename", h)
	}
}

// TestServer_ExportNames checks that every CSV export of the API is named
// by what it holds: its kind, query and filters.
func TestServer_ExportNames(t *testing.T) {
	ts := newTestServer(t, Config{})
	q := url.QueryEscape
	for _, tt := range []struct{ target, name string }{
		{"/api/v1/search?format=csv&q=" + q(`"双减"`) + "&year=2023&region=" + q("明湖"), "检索章节_双减_2023_明湖.csv"},
		{"/api/v1/search?format=csv&group=document&q=" + q(`"双减"`) + "&kind=" + q("要点"), "检索报告_双减_要点.csv"},
		{"/api/v1/search?format=csv&q=" + q(`"双减"`) + "&size=2&from=2", "检索章节_双减_第3-4行.csv"},
		{"/api/v1/timeline?format=csv&table=regions&q=" + q(`"双减"`) + "&year=2022..2024", "时间线地区_双减_2022-2024.csv"},
		{"/api/v1/timeline?format=csv&q=" + q(`"双减"`), "时间线年份_双减.csv"},
		{"/api/v1/terms?format=csv&year=2024&region=" + q("望川"), "新提法_2024_望川.csv"},
		{"/api/v1/terms?format=csv&year=2024&dropped=true", "不再使用的提法_2024.csv"},
	} {
		rec := ts.do("GET", tt.target, nil)
		if rec.Code != 200 {
			t.Errorf("GET %s = %d: %s", tt.target, rec.Code, rec.Body.String())
			continue
		}
		cd := rec.Header().Get("Content-Disposition")
		disp, params, err := mime.ParseMediaType(cd)
		if err != nil || disp != "attachment" || params["filename"] != tt.name {
			t.Errorf("GET %s: Content-Disposition %q (%v); want an attachment named %q", tt.target, cd, err, tt.name)
		}
	}
}
