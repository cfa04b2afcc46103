use reqwest::blocking::Client;
use reqwest::blocking::multipart::Form;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let form = Form::new()
        .text("__proto__", "f1")
        .text("constructor", "f2")
        .text("prototype", "f3")
        .text("toString", "f4");

    let response = client
        .post("{{baseUrl}}/objects")
        .multipart(form)
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
