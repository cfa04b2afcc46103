open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/me")
request.Headers.TryAddWithoutValidation("Authorization", "Basic YW5uOnBAc3M6d8O2cmQ=") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
