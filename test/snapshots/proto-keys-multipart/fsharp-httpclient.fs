open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/objects")
let form = new MultipartFormDataContent()
form.Add(new StringContent("f1"), "__proto__")
form.Add(new StringContent("f2"), "constructor")
form.Add(new StringContent("f3"), "prototype")
form.Add(new StringContent("f4"), "toString")
request.Content <- form
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
