open System
open System.IO
open System.Net.Http
open System.Net.Http.Headers
open System.Text

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/pets")
let credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes("{{basicAuthUsername}}" + ":" + "{{basicAuthPassword}}"))
request.Headers.Authorization <- AuthenticationHeaderValue("Basic", credentials)
let body =
    "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"
request.Content <- new StringContent(body)
request.Content.Headers.ContentType <- null
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
