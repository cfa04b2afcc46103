package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Content-Type", "application/json")
	req.SetBody("{\n  \"customer\": \"Zoë\",\n  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n  \"items\": [\n    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n  ],\n  \"note\": \"#{x} ${y} \\\\(z) `w`\",\n  \"empty\": {},\n  \"nothing\": null\n}\n")

	resp, err := req.Execute("POST", "{{baseUrl}}/v1/orders")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
