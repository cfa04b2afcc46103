open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod("PROPFIND"), "{{baseUrl}}/dav/")
request.Headers.TryAddWithoutValidation("Depth", "1") |> ignore
let body =
    "<?xml version=\"1.0\"?>\n" +
    "<propfind xmlns=\"DAV:\"><allprop/></propfind>\n"
request.Content <- new StringContent(body)
request.Content.Headers.ContentType <- null
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/xml") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
