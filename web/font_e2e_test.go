package web_test

import (
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestE2E_CJKFont checks that the browser has a font for Chinese: without
// one every character of the UI shows as the same box. It draws a Chinese
// character and a code point no font has in the UI's font and compares the
// pixels. A machine without a CJK font skips with the package to install
// (and fails under CI=true, where .ci/run installs it).
func TestE2E_CJKFont(t *testing.T) {
	_, srv := server(t)
	ctx := browser(t, 800, 600)
	do(t, ctx, "open the UI",
		chromedp.Navigate(srv.URL+"/#/search"),
		visible(`form.searchbar`),
	)
	same := eval[bool](t, ctx, `(() => {
		const font = "32px " + getComputedStyle(document.body).fontFamily;
		const draw = (s) => {
			const c = document.createElement("canvas");
			c.width = 48; c.height = 48;
			const g = c.getContext("2d");
			g.font = font;
			g.fillStyle = "#000";
			g.fillText(s, 4, 38);
			return Array.from(g.getImageData(0, 0, 48, 48).data).join(",");
		};
		return draw("政") === draw("\u{10FFFD}") || draw("政") === draw("府");
	})()`)
	if !same {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("the browser has no font for Chinese: the UI shows boxes (.ci/run installs fonts-noto-cjk)")
	}
	t.Skip("the browser has no font for Chinese, so the UI shows boxes: apt-get install fonts-noto-cjk")
}
