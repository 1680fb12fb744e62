// Package api serves govreport's JSON API and its embedded web UI over gin.
//
// The routes, their JSON and the error model are a contract that frontend
// apps rely on: fields may be added, never renamed or removed. The contract
// is written down in openapi.json (served at /api/v1/openapi.json), and a
// test validates real responses of every route against it.
//
// Handlers parse the request, call the backend (govreport.Store and
// search.Engine) or compare, and write JSON
// or an error; errorStatus in errors.go is the one place that maps errors to
// HTTP statuses.
package api

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"net/url"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/gin-contrib/cors"
	"github.com/gin-contrib/gzip"
	"github.com/gin-gonic/gin"
	"golang.org/x/sync/semaphore"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/search"
	"github.com/govreport/govreport/watch"
	"github.com/govreport/govreport/web"
)

// Config holds the server's settings. The zero value is a read-only server
// with the defaults below.
type Config struct {
	// Token, when set, is required as "Authorization: Bearer <token>" on
	// every write (upload, correction, delete).
	Token string
	// AllowWrites lets writes through without a token. With neither Token
	// nor AllowWrites, writes are refused.
	AllowWrites bool
	// CORSOrigins lists the origins allowed to call the API from a browser
	// page of another site, as ParseOrigins returns them; empty means none (the UI served here is of the
	// same origin and needs none). "*" allows any origin to read; writes
	// from another origin need the origin listed by name, or "*" with a
	// Token (a page elsewhere cannot know the token).
	CORSOrigins []string
	// Hosts, when set, lists the host names (without port) that requests
	// may name in their Host header; others are refused with 403. A server
	// on loopback sets the loopback names, so that a page whose DNS name
	// was rebound to 127.0.0.1 cannot reach it.
	Hosts []string
	// MaxBody bounds request bodies in bytes; 0 means 20 MiB.
	MaxBody int64
	// Timeout bounds each request's work (passed down into searches and
	// comparisons as a context deadline); 0 means 30 s.
	Timeout time.Duration
	// MaxUploads bounds how many uploads are read at once; 0 means one
	// per CPU. An upload waits for its turn until its deadline, and is
	// refused with 503 after it.
	MaxUploads int
	// Pprof serves /debug/pprof when true.
	Pprof bool
	// Log receives the access log and internal errors; nil discards them.
	Log *slog.Logger
	// Watches keeps the saved queries (/api/v1/watches); nil answers
	// those routes with 501.
	Watches *watch.Store
}

const (
	defaultMaxBody = 20 << 20
	defaultTimeout = 30 * time.Second
	maxPageSize    = 100
)

// A Backend keeps the documents and answers searches: the embedded engine
// (package embedded), or another that implements both interfaces.
type Backend interface {
	govreport.Store
	search.Engine
}

// A Server answers the API over one backend.
type Server struct {
	store   govreport.Store
	engine  search.Engine
	cfg     Config
	watches *watch.Store
	log     *slog.Logger
	router  *gin.Engine
	// routePaths holds the paths of the routes (routes).
	routePaths map[string]bool
	// uploads holds a token for every upload being read (cfg.MaxUploads).
	uploads chan struct{}
	// compares holds a token for every comparison being made (compareTurn).
	compares chan struct{}
	// bodies bounds the bytes of upload bodies being received (receive).
	bodies *semaphore.Weighted
}

// New returns a server over b. The caller keeps ownership of b and closes
// it after the server has shut down.
func New(b Backend, cfg Config) *Server {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = defaultMaxBody
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = defaultTimeout
	}
	if cfg.MaxUploads <= 0 {
		cfg.MaxUploads = runtime.GOMAXPROCS(0)
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{store: b, engine: b, cfg: cfg, watches: cfg.Watches, log: log, uploads: make(chan struct{}, cfg.MaxUploads),
		compares: make(chan struct{}, cfg.MaxUploads), bodies: semaphore.NewWeighted(bodiesBudget(cfg))}
	s.router = s.routes()
	return s
}

// Handler returns the HTTP handler of the API and the UI.
func (s *Server) Handler() http.Handler { return s.router }

func init() { gin.SetMode(gin.ReleaseMode) }

// routes registers every route in one place.
func (s *Server) routes() *gin.Engine {
	r := gin.New()
	// A route asked with a method it does not take is a 405 with the
	// methods it takes (gin sets Allow), not a 404 that says it is not there.
	r.HandleMethodNotAllowed = true
	r.NoMethod(s.noMethod)
	// A path with a slash too many (/api/v1/documents/) is a 404 in JSON
	// that names the route without it, not gin's redirect with an HTML
	// body (a 307 for a POST, which a client may not follow with its body).
	r.RedirectTrailingSlash = false
	r.Use(s.recover, s.accessLog, s.checkURI, s.checkHost, s.checkOrigin, s.checkIDs, s.checkParams)
	if len(s.cfg.CORSOrigins) > 0 {
		r.Use(s.cors())
	}
	r.Use(gzip.Gzip(gzip.DefaultCompression), s.deadline)

	r.GET("/healthz", s.healthz)
	v1 := r.Group("/api/v1")
	v1.GET("/openapi.json", s.openapi)
	v1.GET("/search", s.searchHandler)
	v1.GET("/timeline", s.timeline)
	v1.GET("/terms", s.terms)
	v1.GET("/documents", s.listDocuments)
	v1.GET("/documents/:id", s.getDocument)
	v1.GET("/documents/:id/counterparts", s.counterparts)
	v1.GET("/sections/:id", s.getSection)
	v1.GET("/sections/:id/similar", s.similar)
	v1.GET("/compare", s.compareTurn, s.compareDocuments)
	v1.GET("/compare/sections", s.compareSections)
	v1.POST("/documents", s.limitBody, s.authorize, s.receive, s.uploadTurn, s.upload)
	v1.PATCH("/documents/:id", s.limitBody, s.authorize, s.correctDocument)
	v1.DELETE("/documents/:id", s.authorize, s.deleteDocument)
	v1.GET("/watches", s.listWatches)
	v1.POST("/watches", s.limitBody, s.authorize, s.createWatch)
	v1.DELETE("/watches/:id", s.authorize, s.deleteWatch)
	v1.GET("/watches/:id/feed", s.watchFeed)

	if s.cfg.Pprof {
		r.GET("/debug/pprof/*name", gin.WrapF(func(w http.ResponseWriter, req *http.Request) {
			switch strings.TrimPrefix(req.URL.Path, "/debug/pprof/") {
			case "cmdline":
				pprof.Cmdline(w, req)
			case "profile":
				pprof.Profile(w, req)
			case "symbol":
				pprof.Symbol(w, req)
			case "trace":
				pprof.Trace(w, req)
			default:
				pprof.Index(w, req)
			}
		}))
	}

	// HEAD answers every GET route with its headers (a monitor's check, a
	// link checker); net/http drops the body.
	for _, rt := range r.Routes() {
		if rt.Method == http.MethodGet {
			r.HEAD(rt.Path, rt.HandlerFunc)
		}
	}

	static := http.FileServerFS(web.FS())
	r.NoRoute(func(c *gin.Context) {
		p := c.Request.URL.Path
		if strings.HasPrefix(p, "/api/") || p == "/api" || c.Request.Method != http.MethodGet && c.Request.Method != http.MethodHead {
			if t := strings.TrimRight(p, "/"); t != p && s.hasRoute(t) {
				s.fail(c, fmt.Errorf("%w: %s (the route is %s, without the slash)", errRouteNotFound, p, t))
				return
			}
			s.fail(c, errRouteNotFound)
			return
		}
		if _, err := fs.Stat(web.FS(), strings.TrimPrefix(p, "/")); p != "/" && err != nil {
			s.fail(c, errRouteNotFound)
			return
		}
		static.ServeHTTP(c.Writer, c.Request)
	})
	s.routePaths = map[string]bool{}
	for _, rt := range r.Routes() {
		s.routePaths[rt.Path] = true
	}
	return r
}

// hasRoute reports whether path is a route's path as registered, or
// matches one with parameters (/api/v1/documents/:id).
func (s *Server) hasRoute(path string) bool {
	if s.routePaths[path] {
		return true
	}
	for rp := range s.routePaths {
		if routeMatches(rp, path) {
			return true
		}
	}
	return false
}

// routeMatches reports whether path fits route, whose segments starting
// with : match any one segment.
func routeMatches(route, path string) bool {
	rs, ps := strings.Split(route, "/"), strings.Split(path, "/")
	if len(rs) != len(ps) {
		return false
	}
	for i := range rs {
		if param := strings.HasPrefix(rs[i], ":"); param && ps[i] == "" || !param && rs[i] != ps[i] {
			return false
		}
	}
	return true
}

// noMethod answers a request whose path is a route but whose method is not
// one of the route's: 405 with the Allow header gin has set, or for OPTIONS
// (a client asking what the route takes; a CORS preflight from an allowed
// origin was answered before, by the cors middleware) 204 with it.
func (s *Server) noMethod(c *gin.Context) {
	allow := c.Writer.Header().Get("Allow")
	if c.Request.Method == http.MethodOptions {
		c.Header("Allow", allow+", "+http.MethodOptions)
		c.AbortWithStatus(http.StatusNoContent)
		return
	}
	s.fail(c, &requestError{kind: errMethodNotAllowed, msg: fmt.Sprintf("%s %s: the route takes %s", c.Request.Method, c.Request.URL.Path, allow)})
}

// recover turns a panic in a handler into a logged 500 with the JSON error
// body, never a stack trace to the client.
func (s *Server) recover(c *gin.Context) {
	defer func() {
		if v := recover(); v != nil {
			s.log.Error("panic", "method", c.Request.Method, "path", c.Request.URL.Path, "panic", v)
			if !c.Writer.Written() {
				s.fail(c, panicError{v})
			}
		}
	}()
	c.Next()
}

type panicError struct{ v any }

func (e panicError) Error() string { return "panic" }

// accessLog writes one structured line per request.
func (s *Server) accessLog(c *gin.Context) {
	start := time.Now()
	c.Next()
	s.log.Info("request",
		"method", c.Request.Method,
		"path", c.Request.URL.Path,
		"query", c.Request.URL.RawQuery,
		"status", c.Writer.Status(),
		"bytes", c.Writer.Size(),
		"ms", float64(time.Since(start).Microseconds())/1000,
		"remote", c.RemoteIP()) // not ClientIP: any client can send X-Forwarded-For
}

// cors answers CORS requests and preflights: an origin listed by name may
// read and write (writes still need the token when there is one); any
// other origin, under "*", may read, and write only when a token guards
// writes. Without a token, the preflight of "*" offers no write method, as
// checkOrigin refuses those writes: a browser is told so before it sends
// the body, and no answer pairs "*" with a write the server takes.
func (s *Server) cors() gin.HandlerFunc {
	base := cors.Config{
		AllowMethods:  []string{"GET", "POST", "PATCH", "DELETE", "OPTIONS"},
		AllowHeaders:  []string{"Authorization", "Content-Type"},
		ExposeHeaders: []string{"Content-Length"},
		MaxAge:        12 * time.Hour,
	}
	var named []string
	for _, o := range s.cfg.CORSOrigins {
		if o != "*" {
			named = append(named, o)
		}
	}
	var byName, anyName gin.HandlerFunc
	if len(named) > 0 {
		cfg := base
		cfg.AllowOrigins = named
		byName = cors.New(cfg)
	}
	if s.anyOrigin() {
		cfg := base
		cfg.AllowAllOrigins = true
		if s.cfg.Token == "" {
			cfg.AllowMethods = []string{"GET", "HEAD", "OPTIONS"}
		}
		anyName = cors.New(cfg)
	}
	return func(c *gin.Context) {
		if anyName == nil || byName != nil && slices.Contains(named, c.GetHeader("Origin")) {
			byName(c)
			return
		}
		anyName(c)
	}
}

// ParseOrigins reads a comma-separated list of origins for
// Config.CORSOrigins: "*", or origins as a browser sends them in its Origin
// header, scheme://host[:port] with scheme http or https and nothing after
// the host (no path, no trailing slash, no wildcard). Anything else is an
// error naming the value: an origin that no browser sends would never
// match, and the CORS middleware panics on some.
func ParseOrigins(list string) ([]string, error) {
	var out []string
	for _, o := range strings.Split(list, ",") {
		if o = strings.TrimSpace(o); o == "" {
			continue
		}
		if o != "*" {
			u, err := url.Parse(o)
			if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.User != nil ||
				u.Path != "" || u.RawQuery != "" || u.Fragment != "" || strings.Contains(o, "*") || o != u.Scheme+"://"+u.Host {
				return nil, fmt.Errorf("origin %q is not * nor an origin as browsers send it (http://host or https://host:port, no path)", o)
			}
		}
		out = append(out, o)
	}
	return out, nil
}

// anyOrigin reports whether CORSOrigins holds "*".
func (s *Server) anyOrigin() bool { return slices.Contains(s.cfg.CORSOrigins, "*") }

// MaxURI bounds a request's URI in bytes; the http.Server's header limit
// (set above it by serve) would otherwise answer in plain text.
const MaxURI = 64 << 10

// checkURI refuses a URI longer than MaxURI with a JSON 414.
func (s *Server) checkURI(c *gin.Context) {
	if len(c.Request.RequestURI) > MaxURI {
		s.fail(c, &requestError{kind: errURITooLong, msg: fmt.Sprintf("the URL is %d bytes long; at most %d", len(c.Request.RequestURI), MaxURI)})
	}
}

// checkHost refuses a request whose Host header is not one of cfg.Hosts.
func (s *Server) checkHost(c *gin.Context) {
	if len(s.cfg.Hosts) == 0 {
		return
	}
	host := c.Request.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	for _, h := range s.cfg.Hosts {
		if strings.EqualFold(h, host) {
			return
		}
	}
	s.fail(c, &requestError{kind: errForbidden, msg: fmt.Sprintf("Host %q is not a name of this server (it answers %s only)", c.Request.Host, strings.Join(s.cfg.Hosts, ", "))})
}

// checkOrigin refuses, with a JSON 403, a browser request from another
// origin that the configuration does not allow: any request when the origin
// is not listed, and a write unless the origin is listed by name or a token
// guards writes. Requests without an Origin header (curl, the CLI) and from
// this server's own pages pass.
func (s *Server) checkOrigin(c *gin.Context) {
	origin := c.GetHeader("Origin")
	if origin == "" || sameOrigin(origin, c.Request.Host) {
		return
	}
	named := slices.Contains(s.cfg.CORSOrigins, origin)
	write := c.Request.Method != http.MethodGet && c.Request.Method != http.MethodHead && c.Request.Method != http.MethodOptions
	if named || s.anyOrigin() && (!write || s.cfg.Token != "") {
		return
	}
	if s.anyOrigin() {
		s.fail(c, &requestError{kind: errForbidden, msg: fmt.Sprintf("origin %s may read this API (--cors *) but not write to it: a write from a page of another site needs its origin listed by name in --cors, or a --token", origin)})
		return
	}
	s.fail(c, &requestError{kind: errForbidden, msg: fmt.Sprintf("origin %s may not call this API (allowed: %s)", origin, allowedList(s.cfg.CORSOrigins))})
}

func allowedList(origins []string) string {
	if len(origins) == 0 {
		return "none; start the server with --cors ORIGINS"
	}
	return strings.Join(origins, ", ")
}

// sameOrigin reports whether origin (scheme://host[:port]) names host, the
// request's Host header.
func sameOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && strings.EqualFold(u.Host, host)
}

// checkIDs answers 404 for a route whose ID holds a NUL: no document or
// watch has one, and PostgreSQL fails on the lookup instead of finding
// nothing.
func (s *Server) checkIDs(c *gin.Context) {
	for _, p := range c.Params {
		if strings.ContainsRune(p.Value, 0) {
			s.fail(c, fmt.Errorf("%s %q: %w", p.Key, p.Value, govreport.ErrNotFound))
			return
		}
	}
}

// LoopbackHosts returns the host names a server listening on addr should
// accept in Host headers: the loopback names when addr is a loopback
// address (or localhost), nil (any) otherwise.
func LoopbackHosts(addr string) []string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if ip := net.ParseIP(host); host == "localhost" || ip != nil && ip.IsLoopback() {
		return []string{"localhost", "127.0.0.1", "::1"}
	}
	return nil
}

// deadline gives every request a context that ends after cfg.Timeout.
func (s *Server) deadline(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.Timeout)
	defer cancel()
	c.Request = c.Request.WithContext(ctx)
	c.Next()
}

// limitBody bounds the request body; reading past the limit fails with an
// *http.MaxBytesError, which errorStatus maps to 413. A declared length over
// the limit is refused before the file is read, naming the upload's file:
// the raw upload's ?filename=, or the multipart upload's, read from its
// parts' headers at the start of the body.
func (s *Server) limitBody(c *gin.Context) {
	if c.Request.ContentLength > s.cfg.MaxBody {
		var err error = &http.MaxBytesError{Limit: s.cfg.MaxBody}
		if name, nameErr := uploadName(c.Query("filename")); c.Query("filename") != "" && nameErr == nil {
			err = &fileError{name, err}
		} else if name := multipartFileName(c.Request.Body, c.GetHeader("Content-Type")); name != "" {
			err = &fileError{name, err}
		}
		s.fail(c, err)
		return
	}
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, s.cfg.MaxBody)
	c.Next()
}

// compareTurn lets a comparison of two documents through when fewer than
// one per CPU (Config.MaxUploads) are being made; the others wait for a
// turn until their deadline, then are refused as busy (503, Retry-After).
// A comparison takes a core for its time (about a second for two work
// reports of 40,000 characters, several for longer ones): six at once of
// two 30,000-character reports of many figures, on two cores, were all
// answered 504 after 37-40 s, none within the 30-s deadline, where one
// per core are answered and the rest told to ask again.
func (s *Server) compareTurn(c *gin.Context) {
	if !s.takeTurn(c, s.compares, fmt.Sprintf("%d comparisons are being made; ask again later", cap(s.compares))) {
		return
	}
	defer func() { <-s.compares }()
	c.Next()
}

// takeTurn takes a token of turns for c's request, waiting for one until
// the request's deadline; a free turn is taken whatever the deadline. It
// reports false, and fails c as busy with the message busy, when the
// deadline came first.
func (s *Server) takeTurn(c *gin.Context, turns chan struct{}, busy string) bool {
	select {
	case turns <- struct{}{}:
		return true
	default:
	}
	select {
	case turns <- struct{}{}:
		return true
	case <-c.Request.Context().Done():
		s.fail(c, fmt.Errorf("%w: %s", errBusy, busy))
		return false
	}
}

// bodiesBudget is the bytes of upload bodies received at once: one
// --max-body for each turn to read and two more, so that the next bodies
// arrive while files are read.
func bodiesBudget(cfg Config) int64 {
	return int64(cfg.MaxUploads+2) * cfg.MaxBody
}

// receive reads an upload's body before the upload waits for its turn to
// be read (uploadTurn): a turn is a core's work, and a client that sent its
// body slowly (a byte a second) held one for as long as it took, up to the
// server's read timeout of two minutes, so that two such clients on two
// cores kept every other upload waiting until it was refused as busy. The
// body must arrive by the request's deadline (--timeout), or the upload is
// refused with 408 (code body_timeout). The bodies being received at once
// are bounded in bytes (bodiesBudget), each counted at its declared length
// (--max-body when it declares none): one that finds no room waits for it
// until its deadline, then is refused as busy.
func (s *Server) receive(c *gin.Context) {
	n := c.Request.ContentLength
	if n <= 0 || n > s.cfg.MaxBody {
		n = s.cfg.MaxBody
	}
	ctx := c.Request.Context()
	// room is taken whatever the deadline, as a free turn is (uploadTurn)
	if !s.bodies.TryAcquire(n) && s.bodies.Acquire(ctx, n) != nil {
		s.fail(c, fmt.Errorf("%w: %d MiB of uploads are being received; send this one again later", errBusy, bodiesBudget(s.cfg)>>20))
		return
	}
	defer s.bodies.Release(n)
	if dl, ok := ctx.Deadline(); ok {
		// a test's recorder has no connection: nothing to bound there
		_ = http.NewResponseController(c.Writer).SetReadDeadline(dl)
	}
	name, data, err := readUpload(c)
	if errors.Is(err, os.ErrDeadlineExceeded) {
		err = fmt.Errorf("%w: the upload's body did not arrive within the request's time (--timeout %s)", errBodyTimeout, s.cfg.Timeout)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Set(uploadKey, received{name, data})
	c.Next()
}

// uploadKey is the key of an upload's received file in its gin context.
const uploadKey = "govreport.upload"

// received is an upload's file, received (receive).
type received struct {
	name string
	data []byte
}

// uploadTurn lets an upload through when fewer than cfg.MaxUploads are
// being read: reading a file takes a core and a few times its size in
// memory, and an upload's body stays unread while it waits. One that
// waits past its deadline is refused as busy.
func (s *Server) uploadTurn(c *gin.Context) {
	if !s.takeTurn(c, s.uploads, fmt.Sprintf("%d uploads are being read; send this one again later", s.cfg.MaxUploads)) {
		return
	}
	defer func() {
		if !c.GetBool(turnKept) { // else the reading that outlived the request gives it back
			<-s.uploads
		}
	}()
	c.Next()
}

// authorize lets a write through when the server has a token and the
// request carries it, or when the server has no token and writes were
// allowed explicitly.
func (s *Server) authorize(c *gin.Context) {
	if s.cfg.Token == "" {
		if !s.cfg.AllowWrites {
			s.fail(c, errWritesDisabled)
		}
		return
	}
	got, ok := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.cfg.Token)) != 1 {
		s.fail(c, &requestError{kind: errUnauthorized, msg: "a valid bearer token is required for writes"})
		return
	}
}
