package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText is a plain-text report of about 100 KB: the fixture report
// repeated with numbered sections, a hard wrap every 38 characters and a
// page marker every 40 lines, so every cleaning step has work to do.
func benchText() []byte {
	var b strings.Builder
	b.WriteString("云岭市教育局2023年工作总结\n")
	para := "全市教育系统坚持稳中求进工作总基调，新建改扩建中小学12所，新增学位1.5万个，教师队伍建设持续加强，课后服务实现全覆盖，群众满意度稳步提升。"
	line := 0
	for i := 1; b.Len() < 100<<10; i++ {
		b.WriteString(Numeral(i%99+1) + "、重点工作\n")
		for j := 1; j <= 5; j++ {
			b.WriteString(itoa(j) + ".推进第" + itoa(j) + "项任务。")
			r := []rune(para)
			for k := 0; k < len(r); k += 38 {
				b.WriteString(string(r[k:min(k+38, len(r))]) + "\n")
				if line++; line%40 == 0 {
					b.WriteString("第" + itoa(line/40) + "页 / 共99页\n")
				}
			}
		}
	}
	return []byte(b.String())
}

// BenchmarkRead measures Read on plain text in MB/s:
//
//	go test ./corpus -run XXX -bench Read -benchtime 20x
func BenchmarkRead(b *testing.B) {
	data := benchText()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	loadGazetteer()
	for b.Loop() {
		if _, err := Read("bench.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadSeeds measures Read over the real seed reports, when present.
func BenchmarkReadSeeds(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*"))
	if len(files) == 0 {
		b.Skip("no seeds")
	}
	var datas [][]byte
	total := 0
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		datas = append(datas, d)
		total += len(d)
	}
	b.SetBytes(int64(total))
	loadGazetteer()
	for b.Loop() {
		for i, d := range datas {
			if _, err := Read(files[i], d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReadTraditionalOneLine measures Read on a report of about
// 200 KB in traditional characters that lost its line breaks: cleaning
// cuts it into lines, and the original characters are put back piece by
// piece (hantText.restore), which once scanned the rest of the text for
// every piece cleaning had changed.
//
//	go test ./corpus -run XXX -bench ReadTraditionalOneLine -benchtime 3x
func BenchmarkReadTraditionalOneLine(b *testing.B) {
	var s strings.Builder
	s.WriteString("青嵐縣2031年政府工作報告 各位代表：現在，我代表縣人民政府向大會報告工作，請予審議。")
	para := "全縣經濟運行穩中向好,地區生產總值增長6.5%,新建學校12所;幹部隊伍建設持續加強,若干重點項目順利推進,群眾滿意度穩步提升。"
	for i := 1; s.Len() < 200<<10; i++ {
		s.WriteString(Numeral(i%9+1) + "、關於第" + itoa(i) + "項工作 " + para + para + "（" + itoa(i) + "）" + para)
	}
	data := []byte(s.String())
	b.SetBytes(int64(len(data)))
	loadGazetteer()
	for b.Loop() {
		if _, err := Read("bench.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCleanManyLines measures Clean on a text of 50,000 paragraphs of
// one character (a page of near-empty paragraphs, a list of marks): a
// check made for each line once summed every line's length again, so the
// time grew with the square of the lines.
//
//	go test ./corpus -run XXX -bench CleanManyLines -benchtime 3x
func BenchmarkCleanManyLines(b *testing.B) {
	text := strings.Repeat("教\n\n", 50000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Clean(text)
	}
}

// BenchmarkWalkDev measures Walk over the dev set's files, when present:
// reading a folder as govreport ingest does. Run it with -cpu 1,2 to see
// what reading ahead on several cores gives (at GOMAXPROCS 1 the files are
// read one after the other).
func BenchmarkWalkDev(b *testing.B) {
	dir := filepath.Join(devDir, "files")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("no dev corpus in %s: %v", dir, err)
	}
	loadGazetteer()
	files := 0
	for b.Loop() {
		files = 0
		if err := Walk(dir, func(string, *Document, error) error { files++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(files), "files/op")
}
