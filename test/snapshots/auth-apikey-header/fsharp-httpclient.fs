open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/reports")
request.Headers.TryAddWithoutValidation("X-API-Key", "k3y$#{x}") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
