/// The API's contract, OpenAPI 3.1, served at `/openapi.json`. Written by hand next to the handlers; the tests
/// check every documented route against it (paths, status codes, required fields), and schemathesis fuzzes it.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Parallax",
        "version": "0.6.0",
        "description": "Every side of a news story: the articles of a corpus grouped into stories and events, with the coverage report of each story. Reads are open; writes need the server's write token (Authorization: Bearer) or, without one, come from the server's own machine. An empty query parameter is the same as none; HEAD is answered wherever GET is, and a method a path does not take is answered 405 with Allow."
      },
      "paths": {
        "/api/stories": {
          "get": {
            "summary": "Stories, newest first (by last day, then last arrival), a page at a time",
            "operationId": "listStories",
            "parameters": [
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}},
              {"name": "cursor", "in": "query", "description": "The \"next\" of the previous page", "schema": {"type": "string", "pattern": "^(-|[0-9]{4}-[0-9]{2}-[0-9]{2})\\.[0-9]{1,18}$"}},
              {"name": "since", "in": "query", "description": "Stories whose last day is on or after this day", "schema": {"type": "string", "format": "date"}},
              {"name": "until", "in": "query", "description": "Stories whose first day is on or before this day", "schema": {"type": "string", "format": "date"}},
              {"name": "outlet", "in": "query", "allowEmptyValue": true, "description": "An outlet (else agency) that carried one of its articles, as stored", "schema": {"type": "string"}},
              {"name": "entity", "in": "query", "allowEmptyValue": true, "description": "A name one of its articles mentions, as a phrase", "schema": {"type": "string"}},
              {"name": "q", "in": "query", "allowEmptyValue": true, "description": "Words one of its articles contains, all of them", "schema": {"type": "string"}}
            ],
            "responses": {
              "200": {"description": "A page of stories", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoryList"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/stories/{id}": {
          "get": {
            "summary": "A story with its events and their articles (without text)",
            "operationId": "getStory",
            "parameters": [{"$ref": "#/components/parameters/StoryID"}],
            "responses": {
              "200": {"description": "The story", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoryDetail"}}}},
              "404": {"$ref": "#/components/responses/Error"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/stories/{id}/report": {
          "get": {
            "summary": "The coverage report of a story: sources, summary, timeline, shared and unique facts, conflicts, roster, quotes",
            "operationId": "getStoryReport",
            "parameters": [{"$ref": "#/components/parameters/StoryID"}],
            "responses": {
              "200": {"description": "The report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoryReport"}}}},
              "404": {"$ref": "#/components/responses/Error"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/articles": {
          "post": {
            "summary": "Adds one article (a JSON object) or a batch (JSON lines); each is placed in its event and story",
            "description": "A record with a text and no title is read like a text file: headline, date, dateline and agency are found in the text. An article already stored under its ID or canonical URL is left alone. text/plain and text/html take the article's ID in ?id=; without one, an ID is made from the content (posted-…), so the same text sent twice is one article.",
            "operationId": "addArticles",
            "security": [{}, {"writeToken": []}],
            "parameters": [
              {"name": "id", "in": "query", "description": "The ID of a text/plain or text/html article (default: made from its content)", "schema": {"type": "string", "minLength": 1}}
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/ArticleInput"}},
                "application/x-ndjson": {"schema": {"type": "string", "pattern": "\\S", "description": "One ArticleInput object a line"}},
                "text/plain": {"schema": {"$ref": "#/components/schemas/ArticleText"}},
                "text/html": {"schema": {"$ref": "#/components/schemas/ArticleText"}}
              }
            },
            "responses": {
              "201": {"description": "One article, stored now", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestOutcome"}}}},
              "200": {"description": "One article already stored, or a batch's results in record order", "content": {"application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/IngestOutcome"}, {"$ref": "#/components/schemas/IngestBatch"}]}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "413": {"description": "The body is larger than the server accepts"},
              "415": {"$ref": "#/components/responses/Error"},
              "503": {"$ref": "#/components/responses/Error"},
              "507": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/articles/{id}": {
          "get": {
            "summary": "An article with its text, the article it copies and its copies",
            "operationId": "getArticle",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {
              "200": {"description": "The article", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleDetail"}}}},
              "404": {"$ref": "#/components/responses/Error"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/search": {
          "get": {
            "summary": "Articles that contain every word (stemmed, case and accents ignored), best first",
            "operationId": "search",
            "parameters": [
              {"name": "q", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1}},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}},
              {"name": "since", "in": "query", "schema": {"type": "string", "format": "date"}},
              {"name": "until", "in": "query", "schema": {"type": "string", "format": "date"}},
              {"name": "outlet", "in": "query", "allowEmptyValue": true, "schema": {"type": "string"}},
              {"name": "entity", "in": "query", "allowEmptyValue": true, "schema": {"type": "string"}}
            ],
            "responses": {
              "200": {"description": "Hits", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/entities": {
          "get": {
            "summary": "People, organisations and places whose name or a spelling of it holds all the words of q, found in the newest stories that mention q",
            "operationId": "findEntities",
            "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1}}],
            "responses": {
              "200": {"description": "Entities, the most stories first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EntityList"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/entities/{id}": {
          "get": {
            "summary": "An entity: its spellings with the outlets that use each, and the stories that name it",
            "operationId": "getEntity",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "The slug of its name, such as robert-m-gates"}],
            "responses": {
              "200": {"description": "The entity", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Entity"}}}},
              "404": {"$ref": "#/components/responses/Error"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        }
      },
      "components": {
        "securitySchemes": {
          "writeToken": {"type": "http", "scheme": "bearer", "description": "The token given to parallax serve --write-token"}
        },
        "parameters": {
          "StoryID": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "A story ID, such as s1"}
        },
        "responses": {
          "Error": {"description": "What went wrong and what to do", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "ArticleText": {
            "description": "One article as text or as its page, holding more than spaces, ASCII digits and punctuation, and not a JSON object, array, true, false or null (records go as application/json); control characters other than tabs and line breaks are dropped",
            "type": "string", "pattern": "[^\\s\\u0000-\\u001f\\u007f-\\u009f!-@\\[-`{-~]"
          },
          "Error": {
            "type": "object", "required": ["error"],
            "properties": {"error": {"type": "object", "required": ["status", "message"],
              "properties": {"status": {"type": "integer"}, "message": {"type": "string"}}}}
          },
          "NullableString": {"type": ["string", "null"]},
          "StorySummary": {
            "type": "object",
            "required": ["id", "headline", "first_date", "last_date", "outlets", "articles", "events"],
            "properties": {
              "id": {"type": "string"},
              "headline": {"$ref": "#/components/schemas/NullableString"},
              "first_date": {"$ref": "#/components/schemas/NullableString"},
              "last_date": {"$ref": "#/components/schemas/NullableString"},
              "outlets": {"type": "array", "items": {"type": "string"}},
              "articles": {"type": "integer", "minimum": 1},
              "events": {"type": "integer", "minimum": 1}
            }
          },
          "EventSummary": {
            "type": "object",
            "required": ["id", "story", "headline", "first_date", "last_date", "outlets", "articles"],
            "properties": {
              "id": {"type": "string"},
              "story": {"type": "string"},
              "headline": {"$ref": "#/components/schemas/NullableString"},
              "first_date": {"$ref": "#/components/schemas/NullableString"},
              "last_date": {"$ref": "#/components/schemas/NullableString"},
              "outlets": {"type": "array", "items": {"type": "string"}},
              "articles": {"type": "integer", "minimum": 1}
            }
          },
          "ArticleSummary": {
            "type": "object",
            "required": ["id", "title", "date", "url", "outlet", "lang", "time", "agency", "dateline", "byline", "story", "event",
                         "duplicate_of", "canonical_url", "content_hash", "ingested_at", "arrival"],
            "properties": {
              "id": {"type": "string"},
              "title": {"$ref": "#/components/schemas/NullableString"},
              "date": {"$ref": "#/components/schemas/NullableString"},
              "url": {"$ref": "#/components/schemas/NullableString"},
              "outlet": {"$ref": "#/components/schemas/NullableString"},
              "lang": {"$ref": "#/components/schemas/NullableString"},
              "time": {"$ref": "#/components/schemas/NullableString"},
              "agency": {"$ref": "#/components/schemas/NullableString"},
              "dateline": {"$ref": "#/components/schemas/NullableString"},
              "byline": {"$ref": "#/components/schemas/NullableString"},
              "story": {"type": "string"},
              "event": {"type": "string"},
              "duplicate_of": {"$ref": "#/components/schemas/NullableString"},
              "canonical_url": {"$ref": "#/components/schemas/NullableString"},
              "content_hash": {"$ref": "#/components/schemas/NullableString"},
              "ingested_at": {"type": "string"},
              "arrival": {"type": "integer"}
            }
          },
          "Article": {
            "allOf": [{"$ref": "#/components/schemas/ArticleSummary"}],
            "type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}
          },
          "StoryList": {
            "type": "object", "required": ["stories", "next"],
            "properties": {
              "stories": {"type": "array", "items": {"$ref": "#/components/schemas/StorySummary"}},
              "next": {"$ref": "#/components/schemas/NullableString"}
            }
          },
          "StoryDetail": {
            "type": "object", "required": ["kind", "story", "events"],
            "properties": {
              "kind": {"const": "story"},
              "story": {"$ref": "#/components/schemas/StorySummary"},
              "events": {"type": "array", "items": {
                "type": "object", "required": ["event", "articles"],
                "properties": {
                  "event": {"$ref": "#/components/schemas/EventSummary"},
                  "articles": {"type": "array", "items": {"$ref": "#/components/schemas/ArticleSummary"}}
                }
              }}
            }
          },
          "ArticleDetail": {
            "type": "object", "required": ["kind", "article", "original", "copies"],
            "properties": {
              "kind": {"const": "article"},
              "article": {"$ref": "#/components/schemas/Article"},
              "original": {"oneOf": [{"$ref": "#/components/schemas/ArticleSummary"}, {"type": "null"}]},
              "copies": {"type": "array", "items": {"$ref": "#/components/schemas/ArticleSummary"}}
            }
          },
          "SearchResults": {
            "type": "object", "required": ["hits"],
            "properties": {"hits": {"type": "array", "items": {
              "allOf": [{"$ref": "#/components/schemas/ArticleSummary"}],
              "type": "object", "required": ["snippet", "highlights", "score"],
              "properties": {
                "snippet": {"type": "string"},
                "highlights": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}},
                "score": {"type": ["number", "null"]}
              }
            }}}
          },
          "StoryReport": {
            "type": "object", "required": ["story", "articles", "compared", "report"],
            "properties": {
              "story": {"type": "string"},
              "articles": {"type": "integer"},
              "compared": {"type": "integer", "description": "The articles the report compares (at most 300)"},
              "report": {
                "type": "object",
                "required": ["sources", "summary", "timeline", "shared_facts", "unique_facts", "conflicts", "roster", "quotes"],
                "properties": {
                  "sources": {"type": "array", "items": {"type": "object", "required": ["article", "outlet"]}},
                  "summary": {"type": "array"},
                  "timeline": {"type": "array"},
                  "shared_facts": {"type": "array"},
                  "coverage": {"type": "object", "description": "The main shared facts × the outlets: who carries what"},
                  "unique_facts": {"type": "array"},
                  "conflicts": {"type": "array"},
                  "roster": {"type": "array"},
                  "quotes": {"type": "array"}
                }
              }
            }
          },
          "Spelling": {
            "type": "object", "required": ["form", "outlets", "mentions"],
            "properties": {"form": {"type": "string"}, "outlets": {"type": "array", "items": {"type": "string"}}, "mentions": {"type": "integer"}}
          },
          "Entity": {
            "type": "object", "required": ["id", "name", "type", "spellings", "stories"],
            "properties": {
              "id": {"type": "string"},
              "name": {"type": "string"},
              "type": {"enum": ["person", "organization", "place", "other"]},
              "spellings": {"type": "array", "items": {"$ref": "#/components/schemas/Spelling"}},
              "stories": {"type": "array", "items": {
                "allOf": [{"$ref": "#/components/schemas/StorySummary"}],
                "type": "object", "required": ["spellings"],
                "properties": {"spellings": {"type": "array", "items": {"$ref": "#/components/schemas/Spelling"}}}
              }}
            }
          },
          "EntityList": {
            "type": "object", "required": ["entities"],
            "properties": {"entities": {"type": "array", "items": {"$ref": "#/components/schemas/Entity"}}}
          },
          "ArticleInput": {
            "type": "object", "required": ["id", "text"],
            "properties": {
              "id": {"oneOf": [{"type": "string", "minLength": 1}, {"type": "integer", "minimum": -9223372036854775808, "maximum": 9223372036854775807}]},
              "text": {"type": "string", "pattern": "\\S", "description": "Refused with 400 when nothing is left of it once page furniture (\"Click to Hide\", \"0 Comments\") is removed"},
              "title": {"$ref": "#/components/schemas/NullableString"},
              "date": {"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}, {"type": "null"}], "description": "A day; of a time, its day"},
              "url": {"$ref": "#/components/schemas/NullableString"},
              "outlet": {"$ref": "#/components/schemas/NullableString"},
              "lang": {"$ref": "#/components/schemas/NullableString"}
            }
          },
          "IngestOutcome": {
            "type": "object", "required": ["id", "story", "event", "duplicate_of", "status"],
            "properties": {
              "id": {"type": "string"},
              "story": {"type": "string"},
              "event": {"type": "string"},
              "duplicate_of": {"$ref": "#/components/schemas/NullableString"},
              "status": {"enum": ["new", "copy", "already_stored"]},
              "stored_as": {"type": "string", "description": "The stored article with the same canonical URL, when not this ID"}
            }
          },
          "IngestFailure": {
            "type": "object", "required": ["record", "line", "status", "error"],
            "properties": {
              "record": {"type": "integer"},
              "line": {"type": ["integer", "null"]},
              "status": {"const": "failed"},
              "error": {"type": "string"}
            }
          },
          "IngestBatch": {
            "type": "object", "required": ["articles", "stored", "already_stored", "failed"],
            "properties": {
              "articles": {"type": "array", "items": {"oneOf": [{"$ref": "#/components/schemas/IngestOutcome"}, {"$ref": "#/components/schemas/IngestFailure"}]}},
              "stored": {"type": "integer"},
              "already_stored": {"type": "integer"},
              "failed": {"type": "integer"}
            }
          }
        }
      }
    }
    """#
}
