package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Content-Type", "application/json")
	req.SetBody("{\"ids\": [1, 2, 3]}")

	resp, err := req.Execute("DELETE", "{{baseUrl}}/items")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
