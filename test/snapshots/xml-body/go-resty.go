package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("SOAPAction", "\"urn:Add\"")
	req.Header.Add("Content-Type", "application/xml")
	req.SetBody(`<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>`)

	resp, err := req.Execute("POST", "{{baseUrl}}/soap")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
