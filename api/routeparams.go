package api

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"
)

// routeParams holds, for each route of the API ("GET /api/v1/search", in
// gin's form of the path), the query parameters openapi.json gives it: the
// contract says which a route takes, and which may repeat (an array), and
// checkParams refuses the others.
var routeParams, repeatable = readRouteParams(openapiSpec)

func readRouteParams(spec []byte) (params map[string][]string, repeatable map[string]bool) {
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct {
				Name   string `json:"name"`
				In     string `json:"in"`
				Schema struct {
					Type string `json:"type"`
				} `json:"schema"`
			} `json:"parameters"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(spec, &doc); err != nil {
		panic("openapi.json: " + err.Error()) // embedded; TestOpenAPI validates it
	}
	params, repeatable = map[string][]string{}, map[string]bool{}
	for p, ops := range doc.Paths {
		// /api/v1/documents/{id} is gin's /api/v1/documents/:id
		p = strings.NewReplacer("{", ":", "}", "").Replace(p)
		for method, op := range ops {
			route := strings.ToUpper(method) + " " + p
			names := []string{}
			for _, prm := range op.Parameters {
				if prm.In == "query" {
					names = append(names, prm.Name)
					repeatable[route+" "+prm.Name] = prm.Schema.Type == "array"
				}
			}
			params[route] = names
		}
	}
	return params, repeatable
}

// checkParams refuses, with a 400 naming it and the route's parameters, a
// query parameter the route does not take, or one of one value given more
// than once: a misspelt filter (years=2023,
// regoin=江苏) or one of another route (limit on search) would otherwise be
// dropped without a word, and the answer, unfiltered, taken for the one
// asked. Requests the parameters cannot be read from are left to the
// handler's own parsing, which names the problem.
func (s *Server) checkParams(c *gin.Context) {
	if c.Request.URL.RawQuery == "" {
		return
	}
	method := c.Request.Method
	if method == http.MethodHead {
		method = http.MethodGet
	}
	allowed, ok := routeParams[method+" "+c.FullPath()]
	if !ok || !strings.HasPrefix(c.FullPath(), "/api/") {
		return
	}
	q, err := url.ParseQuery(c.Request.URL.RawQuery)
	if err != nil {
		return
	}
	route := method + " " + c.FullPath()
	for _, k := range slices.Sorted(maps.Keys(q)) {
		if slices.Contains(allowed, k) {
			// one value: which of several would be taken? (the first was)
			if n := len(q[k]); n > 1 && !repeatable[route+" "+k] {
				s.fail(c, badRequest(fmt.Sprintf("parameter %s is given %d times; it takes one value", k, n)))
				return
			}
			continue
		}
		takes := "no query parameters"
		if len(allowed) > 0 {
			takes = strings.Join(allowed, ", ")
		}
		s.fail(c, badRequest(fmt.Sprintf("unknown parameter %q: %s takes %s", k, route, takes)))
		return
	}
}
