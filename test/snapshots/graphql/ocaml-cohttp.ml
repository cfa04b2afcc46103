open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/graphql" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Content-Type", "application/json");
      ]
  in
  let body = Cohttp_lwt.Body.of_string "{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café #{x}\"}}" in
  let request =
    let* response, body =
      Client.call ~headers ~body ~chunked:false `POST uri
    in
    let* text = Cohttp_lwt.Body.to_string body in
    print_endline (Cohttp.Code.string_of_status (Cohttp.Response.status response));
    print_endline text;
    Lwt.return ()
  in
  Lwt_main.run request
