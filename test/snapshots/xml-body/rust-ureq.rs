fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::post("{{baseUrl}}/soap")
        .header("SOAPAction", "\"urn:Add\"")
        .header("Content-Type", "application/xml")
        .send(r#"<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>"#)?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
