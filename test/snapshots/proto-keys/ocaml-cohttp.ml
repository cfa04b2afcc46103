open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4" in
  let headers =
    Cohttp.Header.of_list
      [
        ("__proto__", "h1");
        ("constructor", "h2");
        ("prototype", "h3");
        ("toString", "h4");
        ("Content-Type", "application/x-www-form-urlencoded");
      ]
  in
  let body = Cohttp_lwt.Body.of_string "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4" in
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
