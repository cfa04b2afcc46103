open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/v1/orders")
let body =
    "{\n" +
    "  \"customer\": \"Zoë\",\n" +
    "  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n" +
    "  \"items\": [\n" +
    "    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n" +
    "    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n" +
    "  ],\n" +
    "  \"note\": \"#{x} ${y} \\\\(z) `w`\",\n" +
    "  \"empty\": {},\n" +
    "  \"nothing\": null\n" +
    "}\n"
request.Content <- new StringContent(body)
request.Content.Headers.ContentType <- null
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
