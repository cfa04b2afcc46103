package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

func main() {

	url := "{{baseUrl}}/v1/orders"
	method := "POST"

	payload := strings.NewReader("{\n  \"customer\": \"Zoë\",\n  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n  \"items\": [\n    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n  ],\n  \"note\": \"#{x} ${y} \\\\(z) `w`\",\n  \"empty\": {},\n  \"nothing\": null\n}\n")

	client := &http.Client{}
	req, err := http.NewRequest(method, url, payload)

	if err != nil {
		fmt.Println(err)
		return
	}
	req.Header.Add("Content-Type", "application/json")

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
