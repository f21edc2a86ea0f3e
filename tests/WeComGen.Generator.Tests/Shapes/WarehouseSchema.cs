namespace WeComGen.Generator.Tests.Shapes;

/// <summary>
/// A made-up API, not WeCom's, written the way a user adds endpoints: a paged GET with query members of every scalar
/// kind, a multipart upload whose file rule is chosen by a query member, and a JSON POST with one query member.
/// </summary>
internal static class WarehouseSchema
{
    public const string Text = """
        {
          "$schema": "https://wecomgen.dev/schema/2020-12/wecom",
          "x-wecom-namespace": "Acme.Warehouse",
          "x-wecom-contract": "Warehouse",
          "x-wecom-base-address": "https://warehouse.example",
          "x-wecom-endpoints": {
            "FindParcels": {
              "method": "GET",
              "path": "/api/parcels",
              "auth": { "in": "query", "name": "access_token" },
              "request": { "$ref": "#/$defs/FindParcelsRequest" },
              "response": { "$ref": "#/$defs/FindParcelsResponse" },
              "pagination": { "cursor": "page_token", "nextCursor": "next_page_token" }
            },
            "UploadLabel": {
              "method": "POST",
              "path": "/api/labels",
              "auth": { "in": "query", "name": "access_token" },
              "request": { "$ref": "#/$defs/UploadLabelRequest" },
              "response": { "$ref": "#/$defs/Answer" }
            },
            "ShipParcel": {
              "method": "POST",
              "path": "/api/ship",
              "auth": { "in": "query", "name": "access_token" },
              "request": { "$ref": "#/$defs/ShipParcelRequest" },
              "response": { "$ref": "#/$defs/Answer" }
            }
          },
          "$defs": {
            "Size": { "type": "string", "enum": ["small", "extra-large"], "x-wecom-enum-names": ["Small", "ExtraLarge"] },
            "Zone": { "type": "integer", "enum": [1, 2], "x-wecom-enum-names": ["North", "South"] },
            "LabelFormat": { "type": "string", "enum": ["pdf", "png"] },
            "FindParcelsRequest": {
              "type": "object",
              "required": ["owner"],
              "properties": {
                "owner": { "type": "string", "minLength": 2, "pattern": "^[a-z]+$" },
                "max_weight": { "type": "integer" },
                "express": { "type": "boolean" },
                "size": { "$ref": "#/$defs/Size" },
                "zone": { "$ref": "#/$defs/Zone" },
                "page_token": { "type": "string" }
              }
            },
            "FindParcelsResponse": {
              "type": "object",
              "required": ["errcode"],
              "properties": {
                "errcode": { "$ref": "#/$defs/Codes" },
                "parcels": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "zone": { "$ref": "#/$defs/Zone" } } } },
                "next_page_token": { "type": "string" }
              }
            },
            "UploadLabelRequest": {
              "type": "object",
              "required": ["format", "label"],
              "properties": {
                "format": { "$ref": "#/$defs/LabelFormat", "x-wecom-in": "query" },
                "note": { "type": "string", "x-wecom-in": "query" },
                "label": {
                  "x-wecom-file": {
                    "part": "label_file",
                    "minBytes": 10,
                    "variantBy": "format",
                    "variants": {
                      "pdf": { "maxBytes": 1000, "contentMediaType": "application/pdf" },
                      "png": { "maxBytes": 500, "contentMediaType": ["image/png"] }
                    }
                  }
                }
              }
            },
            "ShipParcelRequest": {
              "type": "object",
              "required": ["parcel_id"],
              "properties": {
                "parcel_id": { "type": "string" },
                "dry_run": { "type": "boolean", "x-wecom-in": "query" }
              }
            },
            "Answer": { "type": "object", "required": ["errcode"], "properties": { "errcode": { "$ref": "#/$defs/Codes" } } },
            "Codes": { "type": "integer", "x-wecom-errors": [ { "code": 0, "name": "Ok", "meaning": "ok", "action": "ok" } ] }
          }
        }
        """;
}
