open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/v1/users?limit=10&page=2")
request.Headers.TryAddWithoutValidation("Accept", "application/json") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
