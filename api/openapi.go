package api

import (
	_ "embed"

	"github.com/gin-gonic/gin"
)

// openapiSpec is the hand-written OpenAPI 3 description of the API. It is
// the contract: TestOpenAPI validates real responses of every route
// against it.
//
//go:embed openapi.json
var openapiSpec []byte

func (s *Server) openapi(c *gin.Context) {
	c.Data(200, "application/json; charset=utf-8", openapiSpec)
}
