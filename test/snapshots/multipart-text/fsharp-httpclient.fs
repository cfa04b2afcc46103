open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/upload")
let form = new MultipartFormDataContent()
form.Add(new StringContent("Hello"), "title")
form.Add(new StringContent("line 1\nline 2\r\nline 3"), "bio")
form.Add(new StringContent("Zoë 😀"), "name")
form.Add(new StringContent("a"), "tag")
form.Add(new StringContent("b"), "tag")
let part6 = new StringContent("{\"k\":\"v\"}")
part6.Headers.ContentType <- null
part6.Headers.TryAddWithoutValidation("Content-Type", "application/json") |> ignore
form.Add(part6, "meta")
form.Add(new StringContent("\"; $(id) #{x} \\(y) '"), "danger")
request.Content <- form
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
