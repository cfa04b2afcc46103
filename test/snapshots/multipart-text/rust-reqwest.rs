use reqwest::blocking::Client;
use reqwest::blocking::multipart::{Form, Part};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let form = Form::new()
        .text("title", "Hello")
        .text("bio", "line 1\nline 2\r\nline 3")
        .text("name", "Zoë 😀")
        .text("tag", "a")
        .text("tag", "b")
        .part("meta", Part::text("{\"k\":\"v\"}").mime_str("application/json")?)
        .text("danger", "\"; $(id) #{x} \\(y) '");

    let response = client
        .post("{{baseUrl}}/upload")
        .multipart(form)
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
