use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .post("{{baseUrl}}/soap")
        .header("SOAPAction", "\"urn:Add\"")
        .header("Content-Type", "application/xml")
        .body(r#"<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>"#)
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
