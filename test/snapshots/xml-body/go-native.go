package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

func main() {

	url := "{{baseUrl}}/soap"
	method := "POST"

	payload := strings.NewReader(`<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>`)

	client := &http.Client{}
	req, err := http.NewRequest(method, url, payload)

	if err != nil {
		fmt.Println(err)
		return
	}
	req.Header.Add("SOAPAction", "\"urn:Add\"")
	req.Header.Add("Content-Type", "application/xml")

	res, err := client.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()

	body, err := io.ReadAll(res.Body)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(body))
}
