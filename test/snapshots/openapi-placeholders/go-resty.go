package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("X-API-Key", "{{api_key}}")
	req.Header.Add("Cookie", "session={{session_id}}; api_key={{api_key}}")
	req.Header.Add("X-Note", "\"; rm -rf ~; \"")
	req.Header.Add("Authorization", "Bearer {{bearerAuth}}")

	resp, err := req.Execute("GET", "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
