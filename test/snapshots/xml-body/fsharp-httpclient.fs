open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/soap")
request.Headers.TryAddWithoutValidation("SOAPAction", "\"urn:Add\"") |> ignore
let body =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
    "<note id='1'>\n" +
    "  <to>Tom &amp; Jerry</to>\n" +
    "  <body><![CDATA[a < b && c > d]]></body>\n" +
    "</note>"
request.Content <- new StringContent(body)
request.Content.Headers.ContentType <- null
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/xml") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
